# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request DELETE "http://localhost:8080/v1/Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Caccount%3E/webhooks/Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Cid%3E" `
  --header "Authorization: Bearer YOUR_API_KEY"
