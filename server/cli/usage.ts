/** The CLI's help text (Russian, for administrators). */
export const usage = `Планёрка: команды администратора (папка данных — PLANERKA_DATA, по умолчанию ./data)

  planerka timing "<сроки>" --year 2023-2024
      разобрать фразу «Сроки проведения»; печатает JSON (raw, unparsed, months, dates…)
  planerka export <доска> --format docx|pdf|odt|json --what plan|report|all|timeline --out ФАЙЛ
            [--columns timing,audience,expectedResult,responsible,organisation]
      выгрузить документы доски (при нескольких файлах --out — папка); --columns — столбцы плана
      (по умолчанию все, которые заполнены в плане; № и наименование — всегда)
  planerka import-plan ФАЙЛ.docx|.txt --board <доска>
  planerka import-plan ФАЙЛ.docx|.txt --new-board "<район>" --year 2023-2024
      загрузить план; последняя строка — id доски
  planerka import-report ФАЙЛ.docx --board <доска> [--append]
  planerka import-report ФАЙЛ.docx --new-board "<район>" --year 2023-2024
      загрузить отчёт из Word: заголовки — разделы; прежний отчёт сохраняется версией
      (--append — добавить разделы после имеющихся); последняя строка — id доски
  planerka rollover <доска>                 новый учебный год из этой доски; последняя строка — id
  planerka backup --out ФАЙЛ.json           полная резервная копия
  planerka restore ФАЙЛ.json                восстановить из резервной копии
  planerka users list
  planerka users create <логин> --name "<имя>" [--password П] [--admin]
  planerka users reset-password <логин> [--password П]
  planerka users deactivate|activate <логин>
  planerka users set-role <логин> --board <доска> --role owner|editor|commenter|viewer|none
  planerka migrate --to postgres://…         перенести папку данных в пустую базу PostgreSQL (с проверкой)
  planerka migrate --from postgres://… --to-folder ПАПКА
                                            обратно: база PostgreSQL → новая папка данных (с проверкой)

<доска> — id доски или «район 2023-2024». Команды работают и при запущенном сервере.`
