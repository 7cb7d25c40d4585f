# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Capp%3E&event=line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Cevent%3E&url=line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
