# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Caccount%3E/webhooks?app=it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Capp%3E&event=it%27s%20%22double%22%20and%20%27single%27%20%27%27%20%22%22%20%5C%27%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
