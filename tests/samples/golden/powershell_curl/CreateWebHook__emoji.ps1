# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Capp%3E&event=%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Cevent%3E&url=%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
