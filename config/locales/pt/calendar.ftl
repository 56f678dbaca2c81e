# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office }: calendário de previsão de movimento
calendar-intro = Use para escolher um dia tranquilo para a sua visita. A previsão é calculada a partir do número de visitantes anteriores.
calendar-level-1 = Tranquilo
calendar-level-2 = Pouco movimento
calendar-level-3 = Normal
calendar-level-4 = Movimentado
calendar-level-5 = Muito movimentado
calendar-closed = Fechado
calendar-best-hours = Melhores horários
calendar-previous = Mês anterior
calendar-next = Próximo mês
calendar-pdf = PDF para imprimir
calendar-csv = Baixar CSV
calendar-legend = Legenda
calendar-weekdays = Seg,Ter,Qua,Qui,Sex,Sáb,Dom
calendar-note = A previsão é uma orientação; o dia pode ser diferente.
calendar-language = Idioma
