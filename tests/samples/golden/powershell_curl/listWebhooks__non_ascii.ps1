# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Caccount%3E/webhooks?app=Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Capp%3E&event=Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
