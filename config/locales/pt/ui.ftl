# Madoguchi page strings — Português.

language-name = Português

## Shared

mode-large = Letras maiores
mode-contrast = Alto contraste
modes-label = Opções de exibição

## Kiosk

kiosk-page-title = Retirar senha
kiosk-welcome = Bem-vindo. Retire a sua senha
kiosk-choose-language = Escolha o idioma
kiosk-what-need = Do que você precisa hoje?
kiosk-search-label = Buscar por palavra-chave
kiosk-search-placeholder = ex.: atestado de residência, mudança para cá, auxílio infantil
kiosk-search-button = Buscar
kiosk-search-results = Resultados para “{ $query }”
kiosk-search-none = Nada encontrado. Escolha pelos temas ou pergunte a um funcionário.
kiosk-services-unavailable = Não foi possível carregar a lista de serviços. Pergunte a um funcionário.
kiosk-back = Voltar
kiosk-choose-service = Escolha o que você precisa
kiosk-confirm-title = Está correto?
kiosk-where = Aonde ir
kiosk-waiting-now = Aguardando agora
kiosk-take-ticket = Retirar senha
kiosk-choose-again = Escolher de novo
kiosk-issuing = Emitindo a sua senha…
kiosk-your-number = Sua senha
kiosk-ahead = Pessoas à sua frente
kiosk-ahead-none = Você é o próximo
kiosk-estimated-wait = Espera estimada
kiosk-bring = Traga
kiosk-please-wait = Sua senha aparecerá na tela e será chamada em voz alta. Aguarde na área de espera.
kiosk-qr-caption = Leia com o celular para acompanhar a sua vez
kiosk-qr-label = Código QR da página que mostra a sua vez
kiosk-printing = A sua senha está sendo impressa. Retire-a, por favor.
kiosk-print-again = Imprimir de novo
kiosk-done = Concluir
kiosk-not-issued-title = Nenhuma senha foi emitida
kiosk-error-offline = O terminal não consegue se conectar ao sistema do atendimento.
kiosk-error-timeout = O sistema do atendimento não respondeu, por isso não sabemos se a senha foi emitida.
kiosk-error-setup = Este terminal não está configurado para emitir senhas.
kiosk-error-busy = O sistema do atendimento está indisponível por alguns instantes.
kiosk-error-other = Não foi possível emitir a sua senha.
kiosk-ask-staff-now = Peça ajuda a um funcionário próximo.
kiosk-try-again = Tentar de novo
kiosk-start-over = Voltar ao início
kiosk-idle-countdown = Voltando ao início em { $seconds } segundos. Toque na tela para continuar.
kiosk-idle-continue = Continuar
kiosk-ask-staff = Ficou com dúvida? Pergunte a um funcionário — teremos prazer em ajudar.
kiosk-offline = No momento o terminal não consegue se conectar ao sistema do atendimento e não pode emitir senhas. Pergunte a um funcionário.
kiosk-not-set-up = Este terminal ainda não está pronto. Pergunte a um funcionário.
kiosk-people-count = { $count }
kiosk-queue-waiting = Aguardando: { $count }
kiosk-wait-minutes = Cerca de { $minutes } min
kiosk-wait-none = Pouca ou nenhuma espera
kiosk-wait-unknown = Verificando…

kiosk-life-title = Vários trâmites de uma vez
kiosk-life-hint = Uma só senha leva você, um por um, a todos os guichês de que precisa.
kiosk-yes = Sim
kiosk-no = Não
kiosk-life-steps = Seus guichês, nesta ordem
kiosk-journey-note = Guarde a sua senha. Cada vez que um guichê terminar, você será chamado ao próximo com a mesma senha.
kiosk-fee = Taxa
kiosk-time-needed = Tempo necessário
wait-range = Cerca de { $minutes } min (no máximo cerca de { $max })
kiosk-printer-failed = A impressora não está funcionando e a senha não foi impressa. Memorize o seu número ou leia o código QR. Os funcionários já foram avisados.

## Staff desk

desk-page-title = Mesa do guichê
desk-language = Idioma
desk-sign-out = Sair
desk-connection-lost = Conexão perdida. Reconectando automaticamente — a lista pode estar desatualizada.
desk-sign-in-title = Entrada de funcionários
desk-sign-in-hint = Digite o seu nome de usuário e senha de funcionário.
desk-username = Nome de usuário
desk-password = Senha de acesso
desk-sign-in = Entrar
desk-sign-in-missing = Digite o nome de usuário e a senha.
desk-sign-in-wrong = Nome de usuário ou senha incorretos.
desk-sign-in-throttled = Muitas tentativas sem sucesso. Aguarde um pouco e tente de novo.
desk-session-expired = A sua sessão expirou. Entre novamente.
desk-choose-counter = Esta mesa é de qual guichê?
desk-current-title = No guichê agora
desk-current-empty = Ninguém no guichê. Pressione “Chamar próximo”.
desk-service = Serviço
desk-ticket-language = Idioma
desk-waited = Esperou
desk-called-at = Chamado
desk-called-ago = { $time } (há { $minutes } min)
desk-journey = Etapas
desk-step-pending = a fazer
desk-step-current = agora
desk-step-done = feito
desk-step-skipped = pulado
desk-status-called = Chamado
desk-status-serving = Em atendimento
desk-recalls = Chamado de novo ×{ $count }
desk-minutes = { $minutes } min
desk-actions = Ações
desk-call-next = Chamar próximo
desk-recall = Chamar de novo
desk-start = Iniciar
desk-no-show = Ausente
desk-transfer = Transferir
desk-finish = Concluir
desk-did-call = { $number } chamado
desk-did-recall = { $number } chamado de novo
desk-did-start = Atendendo { $number }
desk-did-no-show = { $number } marcado como ausente
desk-did-finish = { $number } concluído
desk-did-transfer = { $number } transferido
desk-nobody-waiting = Ninguém aguarda este guichê
desk-error-offline = Não foi possível falar com o servidor. A ação pode não ter sido feita.
desk-error-forbidden = Você não tem permissão para isso.
desk-error-conflict = A senha mudou de estado, e isto já não é possível. Confira a lista.
desk-error-not-found = Esta senha não foi encontrada.
desk-error-unavailable = O sistema está indisponível por alguns instantes. Tente de novo em breve.
desk-error-other = A ação falhou.
desk-waiting-title = Aguardando este guichê
desk-waiting-empty = Ninguém aguardando
desk-col-number = Senha
desk-col-service = Serviço
desk-col-language = Idioma
desk-col-waiting = Espera
desk-longest = Maior espera
desk-queue-figures = { $count } aguardando · cerca de { $minutes } min
desk-live = Conectado
desk-connecting = Conectando
desk-offline = Sem conexão
desk-transfer-title = Transferir { $number }
desk-transfer-to = Transferir para
desk-transfer-queue = Fila
desk-transfer-service = Serviço
desk-transfer-confirm = Transferir
desk-cancel = Cancelar
desk-printer-attention = Verifique a impressora “{ $printer }” (papel, energia ou cabo).
desk-dismiss = Fechar
desk-journey-skip = Pular
desk-journey-skip-label = Pular a etapa { $position }: { $section }, { $service }
desk-journey-add = Adicionar etapa
desk-skip-title = Pular uma etapa de { $number }?
desk-skip-text = { $number } não será encaminhado a { $section } para { $service }. As outras etapas continuam como estão.
desk-skip-confirm = Pular esta etapa
desk-add-title = Adicionar etapa para { $number }
desk-add-hint = Depois deste guichê, { $number } espera de novo, com o mesmo número, no guichê do serviço escolhido.
desk-add-service = Serviço a adicionar
desk-add-confirm = Adicionar a etapa
desk-did-skip = { $number }: { $section } pulado
desk-did-add = { $number }: { $service } adicionado depois deste guichê
desk-error-step-changed = As etapas deste número mudaram. Verifique e tente de novo.
desk-error-unknown-service = Este escritório não atende esse serviço.

## Waiting-room display

board-page-title = Chamadas
board-reconnecting = Conexão perdida. Reconectando…
board-not-set-up = Esta tela ainda não está configurada
board-now-calling = Chamando agora
board-no-calls = Aguarde até a sua senha ser chamada
board-recent = Chamadas anteriores
board-col-number = Senha
board-col-counter = Guichê
board-col-time = Hora
board-waiting = Pessoas aguardando e espera estimada
board-waiting-count = { $count } aguardando
board-wait-minutes = Cerca de { $minutes } min
board-wait-none = Sem espera
board-badge-new = Nova
board-badge-recalled = Chamada de novo
board-live-called = Senha { $number }, dirija-se a { $counter }
board-live-recalled = Senha { $number }, chamando de novo. Dirija-se a { $counter }
board-sound-on = Som ligado
board-sound-off = Som desligado
board-sound-blocked = Ligar o som
board-notice-wait = Aguarde na área de espera até a sua senha ser chamada.
board-notice-watch = Quando a sua senha aparecer na tela, dirija-se ao guichê indicado.
board-notice-phone = Leia o código QR da sua senha para acompanhar a sua vez no celular.
board-notice-help = Se precisar de ajuda, fale com um funcionário próximo.

## Phone ticket page

phone-page-title = Sua senha
phone-language = Idioma
phone-offline = Conexão perdida. Reconectando — o que você vê pode estar desatualizado.
phone-called-title = É a sua vez
phone-called-text = Dirija-se a { $counter }.
phone-near = A sua vez está chegando. Volte à área de espera.
phone-your-number = Sua senha
phone-ahead = Pessoas à sua frente
phone-ahead-none = Você é o próximo
phone-people-count = { $count }
phone-estimated-wait = Espera estimada
phone-wait-minutes = Cerca de { $minutes } min
phone-wait-none = Em instantes
phone-wait-unknown = Verificando…
phone-where = Aonde ir
phone-journey = Suas etapas
phone-step-pending = a seguir
phone-step-current = agora
phone-step-done = feito
phone-step-skipped = pulado
phone-status-waiting = Aguarde a sua vez
phone-status-called = Dirija-se a { $counter }
phone-status-serving = Em atendimento em { $counter }
phone-status-done = Tudo concluído. Obrigado pela visita.
phone-status-no-show = Chamamos a sua senha, mas você não estava. Pergunte a um funcionário.
phone-status-cancelled = Esta senha foi cancelada.
phone-status-expired = Esta senha era do dia { $day } e não vale mais.
phone-not-found = Senha não encontrada
phone-not-found-help = Leia o código QR de novo ou pergunte a um funcionário.
phone-updated-live = Atualizado às { $time } (atualiza automaticamente)
phone-updated-at = Última atualização { $time }
phone-help = Ficou com dúvida? Pergunte a um funcionário
phone-notify-button = Avise-me quando a minha vez estiver perto
phone-notify-on = Este telefone vai avisar quando a sua vez estiver perto.
phone-notify-blocked = As notificações desta página estão desligadas. Deixe-a aberta: ela mostra um aviso e toca um som.
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = { $n }º andar
floor-ground = Térreo
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = Subprefeitura de Yahatanishi
office-orio = Posto de Atendimento de Orio
office-kojaku = Posto de Atendimento de Kojaku
office-yahataminami = Posto de Atendimento de Yahataminami
counter-number = Guichê { $n }

# What the board shows between calls, and over everything in an emergency.
board-notices = Avisos da prefeitura do distrito
board-alert = Emergência
board-alert-exercise = Simulado

# The portal of the ward's services (/m/).
portal-title = Serviços da Prefeitura do Distrito de Yahatanishi
portal-intro = Os guichês da prefeitura do distrito e as iniciativas da comunidade.
portal-counters = Movimento nos guichês
portal-calendar = Calendário de previsão de movimento
portal-modules = Iniciativas da comunidade
portal-no-modules = Em preparação.
portal-partners = Para lojas, instalações e grupos
portal-join = Torne-se membro com um código de convite
portal-moderation = Moderação (funcionários)
