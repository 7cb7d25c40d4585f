# PowerShell 7.3+ with curl.exe (shipped with Windows 10 and later).
$PSNativeCommandArgumentPassing = 'Standard'
$body = "{`"app`":`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <app>`",`"data`":{`"list`":[`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <data>`",1.5,-2,true,null],`"nested`":{`"deeper`":{`"k`":`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <data>`"}},`"text`":`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <data>`"},`"list_id`":`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <list_id>`",`"occurred_at`":`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <occurred_at>`",`"source`":`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <source>`",`"type`":`"Gr`u{FC}`u{DF}e `u{65E5}`u{672C} `u{2018}curly`u{2019} `u{201C}quotes`u{201D} `u{201E}low`u{201C} `u{2014} `u{A0}nbsp <type>`"}"
$bodyFile = New-TemporaryFile
[System.IO.File]::WriteAllBytes($bodyFile.FullName, [System.Text.Encoding]::UTF8.GetBytes($body))
curl.exe --globoff --silent --show-error --request POST "http://localhost:8080/v1/Gr%C3%BC%C3%9Fe%20%E6%97%A5%E6%9C%AC%20%E2%80%98curly%E2%80%99%20%E2%80%9Cquotes%E2%80%9D%20%E2%80%9Elow%E2%80%9C%20%E2%80%94%20%C2%A0nbsp%20%3Caccount%3E/events" `
  --header "Authorization: Bearer YOUR_API_KEY" `
  --header "Content-Type: application/json" `
  --header "Idempotency-Key: Gre  curly quotes low  nbsp <Idempotency-Key>" `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile
