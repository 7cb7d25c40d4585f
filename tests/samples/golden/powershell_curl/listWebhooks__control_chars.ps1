# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Caccount%3E/webhooks?app=line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Capp%3E&event=line1%0Aline2%0D%0Aline3%09tab%20%01%02%1B%5B31m%1F%7F%20end%0D%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
