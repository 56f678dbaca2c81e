# Madoguchi resident guidance — Português (Brasil).
# Translation of ../en/guidance.ftl (reference: ../ja/guidance.ftl). Same keys and attributes.
# Linguagem simples e amigável para moradores estrangeiros; nomes japoneses dos
# documentos entre parênteses, como aparecem nos formulários.
# Plain text only: no placeables (curly braces) in values.

## Categories

cat-moving = Mudança de endereço
cat-certificates = Certidões e atestados
cat-my-number = Cartão My Number
cat-children = Gravidez, nascimento e filhos
cat-marriage = Casamento, divórcio e registro familiar
cat-bereavement = Falecimento (quando morre alguém da família)
cat-insurance-pension = Seguro de saúde e pensão
cat-elderly-care = Idosos, cuidados de longa duração e deficiência
cat-welfare = Saúde, bem-estar social e apoio no dia a dia
cat-community = Comunidade, ruas, parques e outros

## Sections

sec-somu-kikaku = Seção de Assuntos Gerais e Planejamento
sec-community-shien = Seção de Apoio à Comunidade
sec-shimin = Seção de Assuntos do Cidadão
sec-kokuho-nenkin = Seção do Seguro Nacional de Saúde e Pensão
sec-machizukuri = Seção de Desenvolvimento e Manutenção Urbana
sec-hoken-fukushi = Seção de Saúde e Bem-Estar
sec-hogo-1 = Seção de Assistência Pública 1
sec-hogo-2 = Seção de Assistência Pública 2
sec-orio-branch = Posto de Atendimento de Orio
sec-kojaku-branch = Posto de Atendimento de Kojaku
sec-yahataminami-branch = Posto de Atendimento de Yahataminami

## Services — Citizens Affairs: residence registration

svc-moving-in = Notificação de mudança para cá (転入届)
    .description = Registre o seu novo endereço quando você se mudar de outro município para Kitakyushu.
    .who = A pessoa que se mudou ou alguém do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Certificado de mudança (転出証明書) da cidade anterior (não precisa se você fez a saída com o cartão My Number)
        Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Cartão My Number de todas as pessoas que tiverem
        Cartão de residente (在留カード) de todos os estrangeiros do domicílio
        Passaporte (se você está vindo do exterior)
    .fee = Gratuito
    .time = Cerca de 20–30 minutos
    .deadline = Até 14 dias depois de começar a morar no novo endereço
    .notes = Depois, talvez você também precise fazer os procedimentos do Seguro Nacional de Saúde, da Pensão Nacional ou do auxílio infantil.

svc-moving-out = Notificação de mudança para fora da cidade (転出届)
    .description = Avise a prefeitura quando você se mudar de Kitakyushu para outro município. Também é necessário quando você vai morar no exterior.
    .who = A pessoa que vai se mudar ou alguém do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Cartão My Number de todas as pessoas que tiverem
        Certificado de elegibilidade do Seguro Nacional de Saúde (資格確認書) ou similar, se você for inscrito
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Antes da mudança (a partir de cerca de 14 dias antes). Se você já se mudou, até 14 dias depois
    .notes = Com o cartão My Number, você também pode fazer isso pela internet, no Mynaportal. Nesse caso, o certificado de mudança não é emitido.

svc-moving-within = Notificação de mudança de endereço dentro da cidade (転居届)
    .description = Registre o seu novo endereço quando você se mudar dentro de Kitakyushu. Se você veio de outro distrito da cidade para Yahatanishi, também faz o registro aqui.
    .who = A pessoa que se mudou ou alguém do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Cartão My Number de todas as pessoas que tiverem
        Cartão de residente (在留カード) de todos os estrangeiros do domicílio
        Certificado de elegibilidade do Seguro Nacional de Saúde (資格確認書) ou similar, se você for inscrito
    .fee = Gratuito
    .time = Cerca de 20 minutos
    .deadline = Até 14 dias depois de começar a morar no novo endereço
    .notes = A mudança vinda de outro distrito é registrada como transferência entre distritos; não é preciso ir à prefeitura do distrito anterior. Talvez você também precise atualizar o endereço do certificado médico infantil, do auxílio infantil e de outros benefícios.

svc-household-change = Notificação de alteração do domicílio (世帯変更届)
    .description = Avise a prefeitura quando mudar o chefe do domicílio, ou quando pessoas que moram no mesmo endereço se separam em domicílios diferentes ou se juntam em um só.
    .who = A pessoa interessada ou alguém do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Certificado de elegibilidade do Seguro Nacional de Saúde (資格確認書) ou similar, se você for inscrito
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Até 14 dias depois da alteração
    .notes = Também é necessária quando o chefe do domicílio falece ou se muda e ficam duas ou mais pessoas com 15 anos ou mais. Pessoas que dividem as despesas da casa podem não conseguir separar o domicílio.

svc-school-enrolment = Matrícula e transferência escolar (転入学通知書)
    .description = Quando, por causa da mudança, o seu filho vai entrar ou se transferir para uma escola municipal de ensino fundamental (shogakko ou chugakko), entregamos o aviso de transferência escolar.
    .who = O pai, a mãe ou o responsável pela criança
    .bring = Certificado de matrícula e certificado de livros didáticos (在学証明書・教科書給与証明書) da escola anterior, se tiver
        Documento de identidade com foto do pai, da mãe ou do responsável (cartão My Number, carteira de habilitação, cartão de residente etc.)
    .fee = Gratuito
    .time = Cerca de 10–15 minutos (pode ser feito logo depois da notificação de mudança para cá ou de mudança de endereço)
    .deadline = Junto com a notificação de mudança para cá ou de mudança de endereço. Entre em contato logo com a nova escola
    .notes = Leve o aviso de transferência escolar à nova escola para concluir o procedimento. As crianças que vão entrar no primário (shogakko) recebem um aviso de ingresso pelo correio até o fim de janeiro do ano de entrada.

svc-seal-registration = Registro de carimbo pessoal (印鑑登録)
    .description = Registre um carimbo pessoal (hanko) como o seu carimbo oficial (jitsuin). Você recebe o cartão de registro do carimbo (北九州市民カード).
    .who = A própria pessoa, com 15 anos ou mais e registrada como moradora de Kitakyushu. Por meio de procurador, o registro só é concluído em outro dia.
    .bring = O carimbo a ser registrado (não são aceitos carimbos de borracha nem outros que mudam de forma)
        Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Sem prazo
    .notes = Sem documento com foto, enviamos uma carta pelo correio e o registro é concluído em outro dia. Se você vier com um fiador que tenha carimbo registrado em Kitakyushu, pode registrar no mesmo dia.

## Services — Citizens Affairs: certificates

svc-residence-certificate = Cópia do atestado de residência (住民票の写し)
    .description = Documento que comprova o seu endereço e o seu domicílio. Pode incluir todo o domicílio ou só algumas pessoas.
    .who = A própria pessoa ou alguém do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Procuração (委任状), se você vier por outra pessoa
    .fee = ¥300 por via
    .time = Cerca de 10 minutos
    .deadline = Sem prazo
    .notes = Com o cartão My Number, você também pode tirar em uma loja de conveniência. Se precisar de uma cópia que mostre o seu número My Number, escreva isso no formulário de pedido.

svc-family-register-certificate = Certidão do registro familiar (戸籍証明: 謄本・抄本)
    .description = Certidão do registro familiar japonês (koseki): de todas as pessoas do registro (謄本) ou de uma só pessoa (抄本).
    .who = A pessoa do registro, o cônjuge, os pais, os avós, os filhos ou os netos. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação etc.)
        Uma anotação com o domicílio de registro (本籍) e o titular do registro (筆頭者)
        Procuração (委任状), se você vier por outra pessoa
    .fee = ¥450 por via (¥750 para registros encerrados ou antigos: 除籍・改製原戸籍)
    .time = Cerca de 10 minutos (registros de outros municípios podem levar uma hora ou mais)
    .deadline = Sem prazo
    .notes = Desde março de 2024, você também pode pedir um registro guardado em outro município (広域交付). Para isso, você precisa vir pessoalmente; um procurador não pode.

svc-family-register-attachment = Cópia do histórico de endereços do registro familiar (戸籍の附票の写し)
    .description = Documento que comprova os seus endereços anteriores e o atual, guardado junto com o seu registro familiar.
    .who = A pessoa do registro, o cônjuge, os pais, os avós, os filhos ou os netos. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação etc.)
        Uma anotação com o domicílio de registro (本籍) e o titular do registro (筆頭者)
        Procuração (委任状), se você vier por outra pessoa
    .fee = ¥300 por via
    .time = Cerca de 10 minutos
    .deadline = Sem prazo
    .notes = Somente para registros familiares guardados em Kitakyushu. Para um registro guardado em outro lugar, peça ao município onde ele está.

svc-seal-certificate = Certificado de registro de carimbo (印鑑登録証明書)
    .description = Documento que comprova o seu carimbo registrado (jitsuin), usado por exemplo em procedimentos de imóveis ou de carros.
    .who = A própria pessoa ou um procurador que traga o cartão de registro do carimbo
    .bring = Cartão de registro do carimbo (北九州市民カード)
        Documento de identidade com foto de quem vier (cartão My Number, carteira de habilitação etc.)
    .fee = ¥300 por via
    .time = Cerca de 5–10 minutos
    .deadline = Sem prazo
    .notes = Traga sempre o cartão de registro do carimbo; uma procuração não o substitui. Com o cartão My Number, você também pode tirar este certificado em uma loja de conveniência.

svc-tax-certificate = Certificado de imposto (所得・課税証明書)
    .description = Documento que comprova a sua renda do ano anterior e o seu imposto municipal e provincial de residente (ou que você não paga esse imposto).
    .who = A própria pessoa ou um parente do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Procuração (委任状), se você vier por outra pessoa
    .fee = ¥300 por via
    .time = Cerca de 10 minutos
    .deadline = Sem prazo
    .notes = É emitido para quem morava em Kitakyushu em 1º de janeiro do ano. Os certificados do novo ano fiscal ficam disponíveis a partir do início de junho. Se você não fez a declaração de imposto, ele não pode ser emitido.

## Services — Citizens Affairs: My Number Card

svc-my-number-card-pickup = Cartão My Number: retirada do cartão novo
    .description = Retire o cartão My Number que você pediu. Você cria os seus números PIN no guichê.
    .who = O próprio solicitante. Menores de 15 anos e algumas outras pessoas vêm com o seu representante legal.
    .bring = Aviso de emissão (交付通知書, um cartão-postal)
        Documento de identidade com foto (carteira de habilitação, passaporte, cartão de residente etc.)
        Cartão de notificação (通知カード), se tiver
        Cartão do Registro Básico de Residentes (住民基本台帳カード), se tiver
    .fee = Gratuito
    .time = Cerca de 20–30 minutos
    .deadline = Até a data escrita no aviso de emissão
    .notes = Talvez seja preciso agendar um horário; confira no aviso de emissão. Decida os seus PINs antes de vir: 4 dígitos, e de 6 a 16 letras e números.

svc-my-number-card-renewal = Cartão My Number: renovação ou segunda via
    .description = Peça um cartão novo quando o seu estiver perto de vencer, ou quando ele for perdido ou quebrado.
    .who = O próprio titular do cartão. Menores de 15 anos e algumas outras pessoas vêm com o seu representante legal.
    .bring = O seu cartão My Number atual (a não ser que esteja perdido)
        Documento de identidade com foto (carteira de habilitação, passaporte, cartão de residente etc.)
        Aviso de vencimento (有効期限通知書), se você recebeu
        Foto (4,5 cm de altura × 3,5 cm de largura, tirada nos últimos 6 meses)
    .fee = A renovação é gratuita. A segunda via por perda etc. custa ¥1.000 (¥800 sem certificados eletrônicos)
    .time = Cerca de 20–30 minutos para pedir (você retira o cartão novo cerca de um mês depois)
    .deadline = Você pode pedir a partir de 3 meses antes da data de vencimento
    .notes = Se perder o cartão, primeiro ligue para a linha gratuita do My Number (0120-95-0178) para bloqueá-lo e avise a polícia. A renovação também pode ser pedida pela internet ou pelo correio.

svc-my-number-certificate = Cartão My Number: renovação do certificado eletrônico e redefinição do PIN
    .description = Renove os certificados eletrônicos do seu cartão My Number, ou redefina um PIN que você esqueceu ou que está bloqueado.
    .who = O próprio titular do cartão. É possível por procurador, mas é preciso uma carta pelo correio e não pode ser feito no mesmo dia.
    .bring = O seu cartão My Number
        Aviso de vencimento (有効期限通知書), para a renovação, se você recebeu
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Os certificados eletrônicos podem ser renovados a partir de 3 meses antes do vencimento
    .notes = Os certificados eletrônicos vencem no seu 5º aniversário depois da emissão. Depois disso, você não consegue tirar certidões em lojas de conveniência nem fazer pedidos pela internet.

## Services — Citizens Affairs: family register notifications

svc-birth-registration = Registro de nascimento (出生届)
    .description = Registre o nascimento de um bebê. O bebê é incluído no registro familiar e no registro de residentes.
    .who = O pai ou a mãe (se eles não puderem, alguém que more com eles, o médico ou a parteira etc.). Qualquer pessoa pode trazer o formulário ao guichê por eles.
    .bring = Formulário de registro de nascimento com a parte do atestado de nascimento (出生証明書) preenchida pelo médico ou pela parteira
        Caderneta de Saúde Materno-Infantil (母子健康手帳)
        Documento de identidade com foto de quem vier
    .fee = Gratuito
    .time = Cerca de 20–30 minutos
    .deadline = Até 14 dias, contando o dia do nascimento (até 3 meses se o bebê nasceu no exterior)
    .notes = Depois, peça o auxílio infantil, o certificado médico infantil e o seguro de saúde. Um bebê de nacionalidade estrangeira também precisa pedir o status de residência (visto) no Departamento de Imigração até 30 dias depois do nascimento.

svc-marriage-registration = Registro de casamento (婚姻届)
    .description = Registre o seu casamento. O casamento passa a ter validade legal quando a notificação é aceita.
    .who = As duas pessoas que vão se casar (ambas com 18 anos ou mais). Qualquer pessoa pode trazer o formulário ao guichê por elas.
    .bring = Formulário de registro de casamento assinado por duas testemunhas com 18 anos ou mais
        Documento de identidade com foto de quem vier
        Para estrangeiros: passaporte e certificado de capacidade legal para casamento (婚姻要件具備証明書) com tradução para o japonês
    .fee = Gratuito
    .time = Cerca de 20–30 minutos
    .deadline = Sem prazo (o dia da entrega é a data do casamento)
    .notes = Desde março de 2024, em geral não é preciso uma cópia do registro familiar. Se o seu nome ou endereço mudar, talvez você também precise atualizar o cartão My Number, o registro de carimbo e outros.

svc-divorce-registration = Registro de divórcio (離婚届)
    .description = Registre um divórcio, seja por acordo entre o casal (協議離婚) ou pelo tribunal de família.
    .who = No divórcio por acordo, os dois cônjuges. No divórcio pelo tribunal (conciliação, decisão ou sentença), a pessoa que fez o pedido ao tribunal.
    .bring = Formulário de registro de divórcio (no divórcio por acordo, assinado por duas testemunhas com 18 anos ou mais)
        Documento de identidade com foto de quem vier
        No divórcio pelo tribunal: cópia autenticada do termo de conciliação, ou da decisão ou sentença com a certidão de que ela é definitiva
    .fee = Gratuito
    .time = Cerca de 20–30 minutos
    .deadline = Divórcio por acordo: sem prazo. Pelo tribunal: até 10 dias depois de concluído ou definitivo
    .notes = Se você tem filhos menores de 18 anos, escreva quem terá o poder familiar (a partir de abril de 2026, também é possível os dois pais juntos). Para continuar com o sobrenome de casado, é preciso outra notificação até 3 meses depois do divórcio.

svc-other-family-register = Outras notificações do registro familiar (養子縁組・転籍・分籍 etc.)
    .description = Notificações do registro familiar como adoção, fim de uma adoção, mudança do domicílio de registro (転籍) ou saída do registro dos pais (分籍).
    .who = Depende da notificação (por exemplo, 転籍: o titular do registro e o cônjuge; 分籍: a própria pessoa, com 18 anos ou mais).
    .bring = O formulário da notificação (alguns precisam da assinatura de duas testemunhas)
        Documento de identidade com foto de quem vier
        Autorização do tribunal de família ou similar, se necessário
    .fee = Gratuito
    .time = Cerca de 20–30 minutos
    .deadline = Depende da notificação (as que se baseiam em decisão judicial são, na maioria, até 10 dias)
    .notes = Para adotar um menor de idade, em geral é preciso autorização do tribunal de família. Os documentos são diferentes para cada notificação, então consulte-nos antes de vir.

svc-death-registration = Registro de óbito (死亡届)
    .description = Registre um falecimento. A autorização de cremação é emitida ao mesmo tempo.
    .who = Um parente, alguém que morava com a pessoa, o proprietário do imóvel etc. Uma funerária ou outro portador pode trazer o formulário.
    .bring = Formulário de registro de óbito com a parte do atestado de óbito (死亡診断書 ou 死体検案書) preenchida por um médico
        Documento de identidade com foto de quem vier
        Taxa do crematório (se você pedir a autorização de cremação ao mesmo tempo)
    .fee = O registro é gratuito. A taxa do crematório é de ¥15.000 para um adulto que morava na cidade
    .time = Cerca de 30 minutos
    .deadline = Até 7 dias depois de saber do falecimento (até 3 meses se a pessoa faleceu no exterior)
    .notes = O formulário não é devolvido; se precisar, tire uma cópia antes de entregar. Para os procedimentos seguintes de pensão, seguro, impostos e outros, use o serviço de orientação após falecimento.

svc-bereavement-guidance = Orientação sobre procedimentos após um falecimento (おくやみコーナー)
    .description = Explicamos de uma só vez todos os procedimentos da prefeitura do distrito necessários depois que alguém da família falece.
    .who = Um familiar ou outra pessoa que cuida dos procedimentos
    .bring = Documento de identidade com foto de quem vier
        Certificados de elegibilidade (資格確認書) da pessoa falecida: seguro de saúde, assistência médica para 75 anos ou mais, cuidados de longa duração
        Cartão My Number da pessoa falecida, se ela tinha
        Dados da conta bancária para pagamentos (do herdeiro ou de outro beneficiário)
    .fee = Gratuito
    .time = Cerca de 60 minutos
    .deadline = Sem prazo (cada procedimento tem o seu prazo; faça logo as notificações de pensão e seguro)
    .notes = Talvez seja preciso agendar um horário. Este serviço pode ser usado depois do registro de óbito.

## Services — National Health Insurance and Pension

svc-nhi-enrolment = Seguro Nacional de Saúde: inscrição ou saída (国民健康保険)
    .description = Inscreva-se no Seguro Nacional de Saúde (depois de sair de um emprego, mudar para cá etc.) ou saia dele (depois de começar a trabalhar em uma empresa etc.).
    .who = O chefe do domicílio ou alguém do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Para se inscrever: documento que mostre quando terminou o seu seguro de saúde anterior (資格喪失証明書 etc.)
        Para sair: o certificado de elegibilidade (資格確認書) do novo seguro ou o aviso de elegibilidade (資格情報のお知らせ)
        O seu certificado de elegibilidade do Seguro Nacional de Saúde, se tiver
    .fee = Gratuito
    .time = Cerca de 15–20 minutos
    .deadline = Até 14 dias depois do motivo para entrar ou sair
    .notes = Mesmo que você avise com atraso, a taxa do seguro é cobrada desde o mês em que você passou a ter direito. Se você não avisar que saiu, pode acabar pagando em dobro.

svc-nhi-premium = Taxa do Seguro Nacional de Saúde: pagamento e consulta sobre redução
    .description = Orientação sobre como pagar a taxa do Seguro Nacional de Saúde, e sobre redução ou parcelamento se for difícil pagar.
    .who = O chefe do domicílio ou alguém do mesmo domicílio
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Aviso da taxa do seguro ou boleto de pagamento
        Comprovante de renda (para redução)
        Certificado de qualificação do seguro-desemprego (雇用保険受給資格者証), se você perdeu o emprego por motivo da empresa
    .fee = Gratuito
    .time = Cerca de 20 minutos
    .deadline = O pedido de redução tem prazo; consulte-nos logo
    .notes = Se você perdeu o emprego por falência, demissão ou algo parecido, a taxa pode ser reduzida. Você também pode pedir o pagamento por débito automático em conta.

svc-nhi-benefits = Benefícios do Seguro Nacional de Saúde (despesas médicas altas, auxílio de parto, auxílio funeral)
    .description = Peça o reembolso de despesas médicas altas, o auxílio de parto em parcela única ou o auxílio para despesas de funeral.
    .who = O chefe de um domicílio inscrito no Seguro Nacional de Saúde (para o auxílio funeral: a pessoa que realizou o funeral)
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Dados da conta bancária para o pagamento
        Recibos do hospital (despesas médicas altas, parto)
        Recibo do funeral ou outro documento que mostre quem realizou o funeral (auxílio funeral)
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Em geral até 2 anos (despesas médicas altas: a partir do dia 1º do mês seguinte ao tratamento; parto e funeral: a partir do dia seguinte)
    .notes = O auxílio de parto é em geral de ¥500.000 e muitas vezes é pago diretamente ao hospital. Pergunte no guichê o valor do auxílio funeral.

svc-national-pension = Procedimentos da Pensão Nacional (国民年金: inscrição, isenção, adiamento para estudantes)
    .description = Inscreva-se na Pensão Nacional, peça a isenção ou o adiamento das contribuições, ou o adiamento especial para estudantes.
    .who = Pessoas de 20 a 59 anos (exceto funcionários de empresas ou do governo e os cônjuges dependentes deles). Outras pessoas precisam de procuração (委任状).
    .bring = Documento com o seu número básico de pensão (基礎年金番号通知書 ou 年金手帳)
        Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Um documento que mostre o seu último dia de trabalho, como o 離職票 (se você saiu de um emprego)
        Carteirinha de estudante ou certificado de matrícula (para o adiamento para estudantes)
    .fee = Gratuito
    .time = Cerca de 15–20 minutos
    .deadline = Inscrição até 14 dias. A isenção pode ser pedida retroativamente até o mês de 2 anos e 1 mês antes
    .notes = Você também pode fazer o pedido pela internet, no Mynaportal. O adiamento para estudantes deve ser pedido a cada ano letivo (de abril a março).

svc-late-elderly-medical = Sistema de assistência médica para pessoas de 75 anos ou mais (後期高齢者医療)
    .description = Procedimentos do seguro médico para pessoas de 75 anos ou mais (e de 65 anos ou mais com certas deficiências).
    .who = A própria pessoa ou alguém do mesmo domicílio. Outras pessoas precisam de procuração (委任状).
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        O seu certificado de elegibilidade da assistência médica para 75 anos ou mais (資格確認書), se tiver
        Dados da conta bancária (para reembolsos)
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Até 14 dias em caso de mudança para cá, mudança para fora da cidade e alterações parecidas
    .notes = Você entra automaticamente ao completar 75 anos, e o certificado é enviado pelo correio. O sistema é administrado pela Associação de Assistência Médica para Idosos da Província de Fukuoka (福岡県後期高齢者医療広域連合).

## Services — Health and Welfare: children and families

svc-maternal-handbook = Notificação de gravidez e Caderneta de Saúde Materno-Infantil (母子健康手帳)
    .description = Informe a sua gravidez. Você recebe a Caderneta de Saúde Materno-Infantil e vales para os exames pré-natais.
    .who = A gestante (um procurador precisa de procuração, 委任状)
    .bring = Documento de identidade com foto (cartão My Number, carteira de habilitação, cartão de residente etc.)
        Algo que mostre o seu número My Number
        O que a clínica lhe informou, como a data prevista do parto
    .fee = Gratuito
    .time = Cerca de 30–60 minutos (incluindo uma conversa com uma enfermeira de saúde pública)
    .deadline = Logo depois que uma clínica confirmar a gravidez (de preferência até cerca da 11ª semana)
    .notes = Os exames pré-natais têm subsídio. Você também pode pedir o auxílio de apoio à gestante (¥50.000).

svc-child-allowance = Auxílio infantil (児童手当)
    .description = Peça o auxílio para quem cria filhos até a idade do ensino médio (até o primeiro 31 de março depois que o filho completa 18 anos).
    .who = O pai ou a mãe que sustenta principalmente a família (funcionários públicos pedem no local de trabalho)
    .bring = Documento de identidade com foto do solicitante (cartão My Number, carteira de habilitação etc.)
        Dados da conta bancária no nome do solicitante
        Algo que mostre o número My Number do solicitante e do cônjuge
    .fee = Gratuito
    .time = Cerca de 20 minutos
    .deadline = Até 15 dias a partir do dia seguinte ao nascimento ou à mudança (se atrasar, você perde o pagamento desses meses)
    .notes = Desde outubro de 2024 não há limite de renda. O auxílio é pago a cada dois meses (nos meses pares).

svc-child-rearing-allowance = Auxílio para criação de filhos (児童扶養手当, famílias monoparentais)
    .description = Peça o auxílio para pais e mães solo e outras pessoas que criam filhos sozinhas. Há limite de renda.
    .who = O pai ou a mãe que cria os filhos sozinho após divórcio, falecimento ou situação parecida, ou uma pessoa que cria os filhos no lugar dos pais
    .bring = Cópias do registro familiar (戸籍謄本) do solicitante e da criança, emitidas há menos de 1 mês
        Documento de identidade com foto do solicitante
        Dados da conta bancária no nome do solicitante
        Algo que mostre os números My Number do solicitante, da criança e dos parentes que ajudam no sustento
    .fee = Gratuito
    .time = Cerca de 60 minutos (incluindo uma entrevista)
    .deadline = Sem prazo (o pagamento começa no mês seguinte ao pedido)
    .notes = Os documentos dependem da situação da sua família, então consulte-nos antes. As crianças são atendidas até o primeiro 31 de março depois de completarem 18 anos (menores de 20 anos para crianças com deficiência).

svc-child-medical = Subsídio de despesas médicas infantis (子ども医療証)
    .description = Peça o certificado médico infantil, que reduz o que você paga em hospitais e clínicas (até o fim do ano escolar em que a criança completa 18 anos).
    .who = Pais ou responsáveis que moram em Kitakyushu e cujo filho tem seguro de saúde
    .bring = Certificado de elegibilidade do seguro de saúde da criança (資格確認書) ou outro comprovante do seguro
        Documento de identidade com foto do pai, da mãe ou do responsável
        Certificado de renda (所得額証明書), às vezes necessário se você veio de fora da cidade
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Até 1 mês depois do nascimento ou 15 dias depois da mudança para cá (se atrasar, vale só a partir do mês do pedido)
    .notes = O valor que você paga depende da idade da criança. Famílias que recebem assistência pública não são atendidas.

svc-single-parent-medical = Subsídio de despesas médicas para famílias monoparentais (ひとり親家庭等医療)
    .description = Peça o certificado médico que reduz o que pais e mães solo e seus filhos pagam em hospitais e clínicas.
    .who = Pais ou mães solo e seus filhos até o fim do ano escolar em que completam 18 anos (há limite de renda)
    .bring = Cópias do registro familiar (戸籍謄本) do solicitante e da criança
        Certificado de elegibilidade do seguro de saúde (資格確認書) ou outro comprovante do seguro
        Documento de identidade com foto
        Certificado de renda (所得額証明書), se você veio de fora da cidade
    .fee = Gratuito
    .time = Cerca de 20 minutos
    .deadline = Sem prazo (vale a partir do mês do pedido)
    .notes = Pessoas que criam crianças sem pais também podem ser atendidas. Muitas vezes é possível pedir junto com o auxílio para criação de filhos.

svc-nursery-application = Inscrição na creche (保育所等の入所申込み)
    .description = Peça uma vaga em uma creche (hoikusho) ou centro credenciado (認定こども園) quando você não puder cuidar do seu filho em casa durante o dia.
    .who = Pais que moram em Kitakyushu, com filho que ainda não está no primário, e que precisam de creche por trabalho, gravidez, doença, cuidado de alguém etc.
    .bring = Formulário de inscrição
        Comprovante de que você precisa de creche, como o certificado de trabalho (就労証明書)
        Documento de identidade com foto do pai ou da mãe e algo que mostre o seu número My Number
    .fee = A inscrição é gratuita (a mensalidade depende da renda; de 3 a 5 anos em geral é gratuita)
    .time = Cerca de 30 minutos
    .deadline = Cada mês tem o seu prazo (para entrar em abril, as inscrições são no outono do ano anterior)
    .notes = Talvez você não consiga vaga na creche que deseja. É uma boa ideia visitar as creches antes de se inscrever.

svc-child-family-consultation = Consulta sobre crianças e família (criação dos filhos, famílias monoparentais, violência doméstica)
    .description = Fale conosco sobre preocupações na criação dos filhos, a vida em família monoparental ou violência do parceiro ou de um familiar (DV).
    .who = Qualquer pessoa: pais, famílias monoparentais, pessoas que sofrem violência doméstica
    .bring = Nada em especial
    .fee = Gratuito
    .time = Cerca de 30–60 minutos (depende do assunto)
    .deadline = Sem prazo
    .notes = O que você nos contar fica em sigilo. Se você está em perigo agora, ligue para o 110 (polícia). Se perceber maus-tratos contra uma criança, ligue para o 189 (todo o Japão).

## Services — Health and Welfare: older people and disability

svc-long-term-care = Seguro de cuidados de longa duração (介護保険: certificação de necessidade de cuidados, cartão do seguro)
    .description = Peça a certificação de necessidade de cuidados (要介護・要支援認定) e outros procedimentos do cartão do seguro de cuidados de longa duração.
    .who = Pessoas com 65 anos ou mais, ou de 40 a 64 anos com certas doenças. Familiares ou um gerente de cuidados (care manager) podem pedir por elas.
    .bring = Cartão do seguro de cuidados de longa duração (介護保険被保険者証)
        Certificado de elegibilidade do seguro de saúde (資格確認書) ou similar (de 40 a 64 anos)
        Documento de identidade com foto de quem faz o pedido
        Nome do médico de família e do hospital ou clínica dele
    .fee = Gratuito
    .time = Cerca de 20–30 minutos
    .deadline = Sem prazo (o resultado em geral chega até 30 dias depois do pedido)
    .notes = Depois do pedido, um avaliador visita a pessoa em casa ou em outro lugar para perguntar sobre a condição dela. O cartão do seguro é enviado pelo correio quando você completa 65 anos.

svc-elderly-welfare = Serviços de bem-estar e consultas para idosos
    .description = Fale conosco sobre a vida diária, cuidados, demência, acompanhamento de idosos ou maus-tratos; explicamos os serviços de bem-estar.
    .who = Qualquer pessoa: idosos, seus familiares, vizinhos
    .bring = Nada em especial (traga o cartão do seguro de cuidados de longa duração, se a pessoa tiver)
    .fee = A consulta é gratuita (alguns serviços são pagos)
    .time = Cerca de 30 minutos
    .deadline = Sem prazo
    .notes = Trabalhamos junto com o Centro de Apoio Geral Comunitário (地域包括支援センター). Podemos encaminhar você ao escritório da sua região.

svc-disability-services = Cadernetas de deficiência e serviços de bem-estar para pessoas com deficiência
    .description = Peça a caderneta de deficiência (física, intelectual 療育手帳, saúde mental) e receba orientação sobre os serviços de bem-estar para pessoas com deficiência.
    .who = A pessoa com deficiência ou sua família (para menores de 18 anos, o pai, a mãe ou o responsável)
    .bring = Atestado médico no formulário exigido (cadernetas de deficiência física e de saúde mental)
        Foto (4 cm de altura × 3 cm de largura)
        Documento de identidade com foto e algo que mostre o seu número My Number
        A sua caderneta de deficiência atual (para renovação ou alterações)
    .fee = Gratuito (você paga ao médico pelo atestado)
    .time = Cerca de 30 minutos
    .deadline = Sem prazo (a caderneta de saúde mental é renovada a cada 2 anos)
    .notes = Para a caderneta de deficiência intelectual (療育手帳), é preciso agendar uma avaliação. A caderneta leva cerca de 1–2 meses para chegar.

## Services — Health and Welfare: health consultation

svc-health-consultation = Consulta de saúde (exames e vacinas)
    .description = Fale com uma enfermeira de saúde pública ou outro profissional sobre a sua saúde, exames (de câncer, check-up específico), vacinas, alimentação e mais.
    .who = Qualquer pessoa, como os moradores do distrito
    .bring = Caderneta de Saúde Materno-Infantil (para perguntas sobre as vacinas de uma criança)
        Os resultados dos seus exames de saúde, se tiver
    .fee = A consulta é gratuita (exames e vacinas podem ser pagos)
    .time = Cerca de 15–30 minutos
    .deadline = Sem prazo
    .notes = Algumas consultas precisam de agendamento. A maioria dos exames e vacinas é feita em clínicas e hospitais da cidade.

svc-dog-registration = Registro de cães e plaqueta da vacina antirrábica
    .description = Registre o seu cão (uma vez na vida) e receba a plaqueta da vacina antirrábica de cada ano.
    .who = Donos de cães com 91 dias de vida ou mais
    .bring = Certificado de vacinação antirrábica do veterinário (狂犬病予防注射済証明書)
        A plaqueta de registro do cão (鑑札), se ele já for registrado
    .fee = Registro ¥3.000; plaqueta da vacina ¥550
    .time = Cerca de 10 minutos
    .deadline = Até 30 dias depois de começar a ter o cão (para filhotes com menos de 90 dias, até 30 dias depois de completarem 90 dias)
    .notes = Cães com microchip registrado no Ministério do Meio Ambiente a partir de 1º de março de 2023 não precisam de registro no guichê. O seu cão precisa tomar a vacina antirrábica uma vez por ano.

## Services — Public Assistance Sections

svc-public-assistance = Consulta sobre assistência pública (生活保護)
    .description = Orientação para quem não consegue se sustentar por doença, perda do emprego, idade avançada ou outros motivos, e pedidos de assistência pública.
    .who = Qualquer pessoa com dificuldade para se sustentar, ou sua família. Qualquer pessoa pode pedir orientação.
    .bring = Nada em especial (se tiver: documento de identidade com foto, cadernetas bancárias, documentos que mostrem a sua renda e o aluguel)
    .fee = Gratuito
    .time = Cerca de 60 minutos
    .deadline = Sem prazo
    .notes = Pedir a assistência pública é um direito de todo morador que precisa dela. O que você nos contar fica em sigilo. A Seção de Assistência Pública 1 ou 2 cuida do seu caso, conforme o lugar onde você mora.

## Services — Urban Development and Maintenance

svc-roads-parks = Ruas, parques e infraestrutura do bairro
    .description = Avise ou pergunte sobre ruas e parques do bairro: buracos e danos, postes de luz, valetas, brinquedos de parque quebrados.
    .who = Qualquer pessoa
    .bring = Um mapa ou foto que mostre o local, se tiver
    .fee = Gratuito
    .time = Cerca de 15 minutos
    .deadline = Sem prazo
    .notes = Para estradas nacionais administradas pelo governo do Japão, informamos com quem falar. Avise logo sobre lugares perigosos.

## Services — Community Support

svc-community-associations = Associações de bairro e centros comunitários
    .description = Informações sobre como entrar em uma associação de bairro (自治会・町内会), usar um centro comunitário (市民センター) e sobre grupos locais.
    .who = Qualquer pessoa
    .bring = Nada em especial
    .fee = Gratuito (alugar uma sala no centro comunitário pode ser pago)
    .time = Cerca de 15 minutos
    .deadline = Sem prazo
    .notes = Podemos passar o contato da associação de bairro da sua região.

svc-community-activities = Atividades comunitárias, voluntariado e aprendizagem ao longo da vida
    .description = Informações e orientação sobre atividades comunitárias locais, voluntariado, cursos e outras formas de aprendizagem ao longo da vida.
    .who = Qualquer pessoa
    .bring = Nada em especial
    .fee = Gratuito (alguns cursos são pagos)
    .time = Cerca de 15 minutos
    .deadline = Sem prazo
    .notes = Informações sobre cursos e eventos também estão no boletim da cidade (市政だより) e no site da cidade.

## Services — General Affairs and Planning

svc-ward-general = Assuntos do distrito, informação pública e prevenção de desastres
    .description = Perguntas sobre o trabalho do distrito, informação pública e prevenção de desastres (abrigos de evacuação, mapas de risco etc.).
    .who = Qualquer pessoa
    .bring = Nada em especial
    .fee = Gratuito
    .time = Cerca de 10 minutos
    .deadline = Sem prazo
    .notes = Se você não tem certeza de qual guichê procurar, mostramos o guichê certo.

svc-elections = Dúvidas sobre eleições
    .description = Perguntas sobre eleições, como o cadastro de eleitores, a votação antecipada e a votação por ausência.
    .who = Qualquer pessoa
    .bring = Nada em especial (documento de identidade com foto para pedidos de votação por ausência e similares)
    .fee = Gratuito
    .time = Cerca de 10 minutos
    .deadline = Sem prazo (cada eleição tem as suas datas)
    .notes = Cidadãos japoneses com 18 anos ou mais podem votar. Nos 3 meses depois de uma mudança, talvez seja preciso votar no endereço anterior.

svc-citizen-consultation = Consulta ao cidadão (agendamento de orientação jurídica e outras)
    .description = Agende orientação jurídica gratuita com um advogado e outras consultas, ou fale conosco sobre problemas do dia a dia.
    .who = Moradores de Kitakyushu (algumas consultas têm condições)
    .bring = Nada em especial (traga documentos sobre o seu problema, se tiver)
    .fee = Gratuito
    .time = Cerca de 10 minutos para agendar (uma consulta jurídica dura cerca de 30 minutos)
    .deadline = Sem prazo (os agendamentos são por ordem de chegada)
    .notes = A orientação jurídica é só com agendamento, em datas fixas e com vagas limitadas. Pode haver limite de vezes para perguntar sobre o mesmo assunto.
