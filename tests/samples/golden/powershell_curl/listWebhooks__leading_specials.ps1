# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
curl.exe --globoff --silent --show-error --request GET "http://localhost:8080/v1/%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Caccount%3E/webhooks?app=%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Capp%3E&event=%40%2Fetc%2Fhostname%20_under%20%2Fslash%20-dash%20%3Deq%20%3Acolon%20%3Cevent%3E&active=true" `
  --header "Authorization: Bearer YOUR_API_KEY"
