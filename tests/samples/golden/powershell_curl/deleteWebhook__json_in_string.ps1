# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request DELETE "http://localhost:8080/v1/%7B%22a%22%3A%5B1%2C2%2C%7B%22b%22%3A%22c%5C%22d%22%7D%5D%2C%22e%22%3A%22%5Cu0000%22%2C%22f%22%3Anull%7D%20%3Caccount%3E/webhooks/%7B%22a%22%3A%5B1%2C2%2C%7B%22b%22%3A%22c%5C%22d%22%7D%5D%2C%22e%22%3A%22%5Cu0000%22%2C%22f%22%3Anull%7D%20%3Cid%3E" `
  --header "Authorization: Bearer YOUR_API_KEY"
