# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "app=Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Capp%3E&event=Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Cevent%3E&url=Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Curl%3E"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/webservice/Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Caccount%3E/CreateWebHook" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/x-www-form-urlencoded" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
