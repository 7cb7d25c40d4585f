# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Caccount%3E/webhooks?app=%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Capp%3E&event=%F0%9F%98%80%F0%9F%91%8D%F0%9F%8F%BD%F0%9F%87%A9%F0%9F%87%AA%20%E2%80%A8%20line%20sep%20%E2%80%A9%20para%20sep%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
