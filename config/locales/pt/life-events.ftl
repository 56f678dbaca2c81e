# Madoguchi life events — Português.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = Mudei para cá vindo de outra cidade
life-moving-out = Vou me mudar para fora da cidade
life-moving-within = Mudei de endereço dentro da cidade
life-birth = Nasceu um bebê
life-death = Faleceu um familiar
life-marriage = Vou me casar
life-divorce = Vou me divorciar
life-school = Meu filho vai entrar na escola ou mudar de escola
life-turning-65 = Vou completar 65 anos (seguro de cuidados de longa duração)
life-turning-75 = Vou completar 75 anos (sistema médico para pessoas de 75 anos ou mais)
life-retirement = Saí do emprego (Seguro Nacional de Saúde e aposentadoria)

## Questions

question-children = Você tem filhos menores de 18 anos?
question-school = Você tem filhos na escola primária ou ginasial (shōgakkō ou chūgakkō)?
question-nhi = Você está (ou vai entrar) no Seguro Nacional de Saúde? Responda “Não” se você tem seguro de saúde pelo trabalho.
question-pension = Há alguém de 20 a 59 anos que não está na previdência da empresa (厚生年金)?
question-care = A pessoa falecida recebia serviços ou tinha certificação do seguro de cuidados de longa duração?
question-elderly75 = A pessoa falecida tinha 75 anos ou mais?
