# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request DELETE "http://localhost:8080/v1/-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Caccount%3E/webhooks/-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Cid%3E" `
  --header "Authorization: Bearer YOUR_API_KEY"
