# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=%23%7B1%2B1%7D%20%7B%24x%7D%20%24%7By%7D%20%25s%20%25d%20%25n%20%25%25%20%7B%7B.%7D%7D%20%3C%3Fphp%20%3F%3E%20%25PATH%25%20%3F%3F%20%5C%3F%20%3Capp%3E&event=%23%7B1%2B1%7D%20%7B%24x%7D%20%24%7By%7D%20%25s%20%25d%20%25n%20%25%25%20%7B%7B.%7D%7D%20%3C%3Fphp%20%3F%3E%20%25PATH%25%20%3F%3F%20%5C%3F%20%3Cevent%3E&url=%23%7B1%2B1%7D%20%7B%24x%7D%20%24%7By%7D%20%25s%20%25d%20%25n%20%25%25%20%7B%7B.%7D%7D%20%3C%3Fphp%20%3F%3E%20%25PATH%25%20%3F%3F%20%5C%3F%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/%23%7B1%2B1%7D%20%7B%24x%7D%20%24%7By%7D%20%25s%20%25d%20%25n%20%25%25%20%7B%7B.%7D%7D%20%3C%3Fphp%20%3F%3E%20%25PATH%25%20%3F%3F%20%5C%3F%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
