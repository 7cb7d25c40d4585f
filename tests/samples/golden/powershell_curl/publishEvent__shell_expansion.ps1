# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <app>`",`"data`":{`"list`":[`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <data>`"}},`"text`":`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <data>`"},`"list_id`":`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <list_id>`",`"occurred_at`":`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <occurred_at>`",`"source`":`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <source>`",`"type`":`"`$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/%24HOME%20%24%28id%29%20%24%7BPATH%7D%20%60id%60%20%21%21%20%21-1%20%23not%20a%20comment%20%3B%20%26%26%20%7C%20%3E%20%2Fdev%2Fnull%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: `$HOME `$(id) `${PATH} ``id`` !! !-1 #not a comment ; && | > /dev/null <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
