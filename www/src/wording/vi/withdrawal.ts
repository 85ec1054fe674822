// The one-time withdrawal: whether it is open, the amount, the monthly allowance instead, what it gives up.
export default {
  // Whether the withdrawal is open in the request month: on which ground, or why not (each reason also an item of `missing`).
  withdrawalOpen: 'Tháng {month:month} ({law}): được rút BHXH một lần vì {ground:notes}.',
  withdrawalNotOpen: 'Tháng {month:month} ({law}), {months:count} tháng đã đóng: chưa được rút BHXH một lần. {reasons:notes}',
  groundRetirementAge: 'đủ tuổi nghỉ hưu mà chưa đủ số năm đóng để hưởng lương hưu',
  groundEmigrating: 'ra nước ngoài để định cư',
  groundSeriousIllness: 'mắc bệnh nguy hiểm đến tính mạng (ung thư, bại liệt, xơ gan mất bù, lao nặng, AIDS…)',
  groundSevereIncapacity: 'suy giảm khả năng lao động từ 81% trở lên hoặc khuyết tật đặc biệt nặng',
  groundStoppedContributing: 'sau 12 tháng không đóng BHXH, chưa đủ 20 năm đóng',
  groundArmedForces: 'phục viên, xuất ngũ, thôi việc trong lực lượng vũ trang mà không đủ điều kiện hưởng lương hưu',
  incapacityNotAGroundUnderLaw58: 'Luật BHXH 58/2014 không cho rút một lần vì suy giảm khả năng lao động; Luật 41/2024 cho phép từ {from:month}.',
  armedForcesWithPension: 'Đã đủ điều kiện hưởng lương hưu: người rời lực lượng vũ trang chỉ được rút một lần khi không đủ điều kiện đó.',
  yearsKeptForPension: 'Đã đóng {months:count} tháng, từ {maximumYears:count} năm trở lên: không được rút khi còn trong tuổi lao động; thời gian này dành cho lương hưu.',
  startedUnderLaw41: 'Bắt đầu đóng từ {first:month}, sau 2025-07-01: không được rút một lần khi còn trong tuổi lao động (Luật 41/2024 Điều 70.1.đ).',
  waitingMonths: 'Cần {waiting:count} tháng liên tục không đóng BHXH tính đến tháng trước khi nộp hồ sơ: đóng cuối tháng {last:month}, nên sớm nhất từ tháng {open:month}.',
  opensAtRetirementAge: 'Khi đủ tuổi nghỉ hưu (từ tháng {ageFrom:month}) mà chưa đủ {minimumYears:count} năm đóng, được rút một lần.',
  // The amount.
  lessThanYear: 'Đóng chưa đủ một năm ({months:count} tháng): hưởng số tiền đã đóng = {rate:rate} × tổng tiền lương, thu nhập đã điều chỉnh = {contributed:money}, tối đa {capMonths:count} × bình quân = {cap:money}: {grossAmount:money}.',
  withdrawalAmount: 'Trước 2014: {monthsBefore2014:count} tháng = {yearsBefore2014:number} năm; từ 2014: {monthsFrom2014:count} tháng (gồm {movedMonths:count} tháng lẻ trước 2014 chuyển sang) = {yearsFrom2014:number} năm. Mức hưởng = ({rateBefore2014:rate} × {yearsBefore2014:number} + {rateFrom2014:rate} × {yearsFrom2014:number}) × {average:money} = {monthsOfAverage:number} tháng × {average:money} = {grossAmount:money}.',
  supportTakenBack: 'Trừ số tiền Nhà nước đã hỗ trợ đóng BHXH tự nguyện: {supportedMonths:count} tháng, {stateSupport:money}. Được nhận {amount:money}.',
  supportKept: 'Rút vì bệnh hiểm nghèo hoặc suy giảm khả năng lao động từ 81%: không trừ {stateSupport:money} Nhà nước đã hỗ trợ ({supportedMonths:count} tháng). Được nhận {amount:money}.',
  monthlyAllowanceInstead: 'Thay cho rút một lần, có thể nhận trợ cấp hằng tháng: T = {average:money} × {factor:count} × {years:number} năm ÷ {socialPension:money} = {monthsEarned:count} tháng; đến tuổi hưởng trợ cấp hưu trí xã hội còn {monthsUntilSocialPension:count} tháng. Mức: {monthlyAllowance:money} mỗi tháng trong {months:count} tháng.',
  monthlyAllowanceWithTopUp: 'Thay cho rút một lần, có thể nhận trợ cấp hằng tháng: T = {average:money} × {factor:count} × {years:number} năm ÷ {socialPension:money} = {monthsEarned:count} tháng; đến tuổi hưởng trợ cấp hưu trí xã hội còn {monthsUntilSocialPension:count} tháng. Mức: {monthlyAllowance:money} mỗi tháng trong {months:count} tháng; đóng thêm {topUp:money} một lần để được nhận đến tuổi đó.',
  // What withdrawing gives up: the step says every loss in turn.
  losses: '{losses:notes}',
  lostContributionTime: 'Cả {months:count} tháng đã đóng bị xoá hẳn: không còn được cộng để đủ 15 năm hưởng lương hưu sau này.',
  lostHealthInsurance: 'Người hưởng lương hưu được quỹ BHXH đóng BHYT ({pensionerRate:rate} lương hưu mỗi tháng). Người đã rút phải tự mua BHYT hộ gia đình: {healthInsurance:money} mỗi tháng ({householdRate:rate} × mức tham chiếu).',
  lostFuneralAllowance: 'Trợ cấp mai táng cho gia đình khi qua đời: {funeralAllowance:money} ({funeralTimes:count} × mức tham chiếu), trừ khi còn thời gian đóng khác đủ điều kiện.',
  lostSurvivorBenefits: 'Chế độ tử tuất cho thân nhân: trợ cấp tuất hằng tháng {survivorBenefits:money} mỗi người (50% mức tham chiếu, 70% nếu không có người nuôi dưỡng) khi đủ 15 năm đóng, hoặc trợ cấp tuất một lần.',
  // Assumptions and warnings.
  underOneYearRevalued: 'Số tiền đã đóng khi chưa đủ một năm được tính trên tiền lương, thu nhập đã điều chỉnh theo hệ số trượt giá (cách hiểu phổ biến, chưa xác minh).',
  supportDeductedUnderLaw58: 'Theo Luật 58/2014, số tiền Nhà nước hỗ trợ được trừ cả khi rút vì bệnh hiểm nghèo (cách hiểu của công cụ này).',
  policyPensionOpen: 'Theo {policy:notes}, người lao động có thể hưởng lương hưu ngay từ tháng {month:month}, không bị trừ tỷ lệ: khoảng {pension:money} mỗi tháng, thay cho rút một lần (compareWithdrawal so sánh hai cách).',
};
