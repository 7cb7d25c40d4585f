# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Caccount%3E/webhooks?app=-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Capp%3E&event=-X%20DELETE%20--data%20%40%2Fetc%2Fpasswd%20-o%20%2Ftmp%2Fx%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
