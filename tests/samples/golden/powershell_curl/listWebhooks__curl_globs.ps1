# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Caccount%3E/webhooks?app=%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Capp%3E&event=%5B%5D%7B%7D%5B0-9%5D%7Ba%2Cb%7D%2A%3F%5B%20%5D%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
