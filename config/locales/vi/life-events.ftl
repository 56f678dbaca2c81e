# Madoguchi life events — Tiếng Việt.
# Translation of ../ja/life-events.ftl (the reference), following ../en/life-events.ftl.
# One message per life event (life-<id>) and per yes/no question (question-<id>).
# Plain text only: no placeables (curly braces) in values.

## Life events

life-moving-in = Tôi đã chuyển đến từ thành phố khác
life-moving-out = Tôi sắp chuyển ra khỏi thành phố
life-moving-within = Tôi đã chuyển nhà trong thành phố
life-birth = Em bé vừa chào đời
life-death = Người thân trong gia đình đã qua đời
life-marriage = Tôi sắp kết hôn
life-divorce = Tôi sắp ly hôn
life-school = Con tôi sắp vào học hoặc chuyển trường
life-turning-65 = Tôi sắp 65 tuổi (bảo hiểm chăm sóc điều dưỡng)
life-turning-75 = Tôi sắp 75 tuổi (chế độ y tế cho người từ 75 tuổi trở lên)
life-retirement = Tôi đã nghỉ việc (Bảo hiểm Y tế Quốc dân và Lương hưu Quốc dân)

## Questions

question-children = Quý vị có con dưới 18 tuổi không?
question-school = Quý vị có con đang học tiểu học hoặc trung học cơ sở không?
question-nhi = Quý vị đang (hoặc sẽ) tham gia Bảo hiểm Y tế Quốc dân phải không? Nếu quý vị có bảo hiểm y tế qua nơi làm việc, hãy chọn “Không”.
question-pension = Có ai từ 20 đến 59 tuổi không tham gia lương hưu của công ty (厚生年金) không?
question-care = Người đã mất có sử dụng dịch vụ hoặc được chứng nhận của bảo hiểm chăm sóc điều dưỡng không?
question-elderly75 = Người đã mất có từ 75 tuổi trở lên không?
