# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request DELETE "http://localhost:8080/v1/line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Caccount%3E/webhooks/line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Cid%3E" `
  --header "Authorization: Bearer YOUR_API_KEY"
