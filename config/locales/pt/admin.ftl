# The administration page (/admin/). Variables: $mae.
admin-title = Administração
admin-sign-in = Entrar
admin-username = Nome de usuário
admin-password = Senha de acesso
admin-sign-in-failed = Nome de usuário ou senha incorretos
admin-office = Escritório
admin-pages = Páginas dos aparelhos
admin-kiosk = Emissor de senhas
admin-display = Painel de chamadas
admin-calendar = Calendário de movimento
admin-desk = Terminal do guichê
admin-chart-title = Previsão e real
admin-chart-desc = Chegadas reais das últimas 8 semanas (pontos), a previsão (linha, faixa: 10–90%) e as próximas 4 semanas.
admin-queue = Fila
admin-actual = Real
admin-forecast = Previsão
admin-interval = Faixa da previsão (10–90%)
admin-error = Erro médio nas últimas 8 semanas: { $mae } pessoas por dia
admin-week-title = Próximos 7 dias: previsão e guichês a abrir
admin-date = Data
admin-arrivals = Chegadas previstas
admin-counters = Guichês
admin-level = Nível
admin-source-prior = Ainda sem histórico: previsão de um escritório típico.
admin-no-history = Ainda não há números reais desta fila.
admin-sign-out = Sair

# The audit trail of staff actions.
admin-audit-title = Registro de ações
admin-audit-desc = Todas as mudanças do dia e quem as fez, as mais recentes primeiro.
admin-audit-date = Dia
admin-audit-time = Hora
admin-audit-action = O que aconteceu
admin-audit-number = Número
admin-audit-counter = Guichê
admin-audit-who = Quem
admin-audit-empty = Nada aconteceu neste dia.
admin-ev-issued = Senha emitida
admin-ev-called = Chamada
admin-ev-recalled = Chamada de novo
admin-ev-started = Atendimento iniciado
admin-ev-finished = Concluído
admin-ev-advanced = Para a próxima etapa
admin-ev-no-show = Não compareceu
admin-ev-cancelled = Cancelado
admin-ev-transferred = Transferido
admin-ev-journey-changed = Etapas alteradas
admin-ev-day-started = Novo dia
admin-ev-printer-attention = Impressora precisa de atenção

# Links to the platform's pages.
admin-portal = Serviços do distrito
admin-moderation = Moderação
