# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Capp%3E&event=%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Cevent%3E&url=%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
