// What is wrong with a contribution history as given (the errors of `history` and the months after it).
export default {
  historyEmpty: '«history»: cần ít nhất một giai đoạn đóng BHXH.',
  periodsOverlap: '«{first}» và «{second}» trùng nhau từ tháng {from:month}: mỗi tháng chỉ được tính một lần.',
  tooYoungAtFirstContribution: '«birth»: người sinh tháng {birth:month} chưa đủ 13 tuổi vào tháng đóng đầu tiên {first:month}.',
  decisionMonthNotAfterHistory: '«decisionMonth»: tháng quyết định {month:month} phải sau tháng đóng cuối cùng {last:month}.',
  requestMonthNotAfterHistory: '«requestMonth»: tháng nộp hồ sơ {month:month} phải sau tháng đóng cuối cùng {last:month}: đang đóng thì không được rút.',
  historyMonthNotYetCome: '«{field}»: tháng {month:month} chưa đến (hôm nay là tháng {today:month}); quá trình đóng chỉ gồm các tháng đã qua. Muốn tính tiếp, hãy dùng «continuation».',
  historyMonthOutOfRange: '«{field}»: tháng {month:month} nằm ngoài khoảng {first:month} đến {last:month} của loại giai đoạn này.',
  salaryCoefficientInvalid: '«{field}»: cần một hệ số dương dưới 30, tối đa 6 chữ số thập phân (ví dụ 4,98).',
  historyAmountsTooLarge: '«history»: các khoản tiền quá lớn để tính (kiểm tra tiền lương và mức tăng giả định).',
  historyWithoutSalary: '«history»: không có tháng nào có tiền lương để tính bình quân; hãy nhập tiền lương cho ít nhất một giai đoạn.',
};
