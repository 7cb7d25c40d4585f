# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Capp%3E&event=it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Cevent%3E&url=it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
