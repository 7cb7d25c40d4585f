# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=%7B%22a%22%3A%5B1%2C2%2C%7B%22b%22%3A%22c%5C%22d%22%7D%5D%2C%22e%22%3A%22%5Cu0000%22%2C%22f%22%3Anull%7D%20%3Capp%3E&event=%7B%22a%22%3A%5B1%2C2%2C%7B%22b%22%3A%22c%5C%22d%22%7D%5D%2C%22e%22%3A%22%5Cu0000%22%2C%22f%22%3Anull%7D%20%3Cevent%3E&url=%7B%22a%22%3A%5B1%2C2%2C%7B%22b%22%3A%22c%5C%22d%22%7D%5D%2C%22e%22%3A%22%5Cu0000%22%2C%22f%22%3Anull%7D%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/%7B%22a%22%3A%5B1%2C2%2C%7B%22b%22%3A%22c%5C%22d%22%7D%5D%2C%22e%22%3A%22%5Cu0000%22%2C%22f%22%3Anull%7D%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
