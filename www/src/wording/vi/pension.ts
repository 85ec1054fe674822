// The pension rules: the retirement age, the special early-retirement policies, the pension in one decision month,
// a projection of further contributions, and the pension calculator's own notes.
// The policies' allowances, by the items paid.
const allowances = (items: string) =>
  `Trợ cấp của {policy:notes} (ngân sách nhà nước, không phải BHXH), trên tiền lương hiện hưởng {currentSalary:money}{estimated:notes}; {monthsEarly:count} tháng nghỉ sớm tính {yearsEarly:number} năm, {serviceYears:number} năm đóng BHXH bắt buộc: ${items}. Tổng {total:money}.`;
const earlyMonths = 'Trợ cấp hưu trí một lần cho số tháng nghỉ sớm: {earlyMonthsSalaries:number} tháng lương = {earlyMonthsAllowance:money}';
const yearsEarly = 'Trợ cấp cho số năm nghỉ sớm: {yearsEarlySalaries:number} tháng lương = {yearsEarlyAllowance:money}';
const serviceYears = 'Trợ cấp theo số năm đóng BHXH bắt buộc: {serviceYearsSalaries:number} tháng lương = {serviceYearsAllowance:money}';
const monthsEarlyAllowance = (when: string, share: string) =>
  `Trợ cấp cho số tháng nghỉ sớm: ${when} {fullRateMonths:count} tháng đầu kể từ quyết định sắp xếp: ${share} mức.`;
const notOpen = (span: string) =>
  `«policy.kind»: {policy:notes} chỉ áp dụng cho lương hưu bắt đầu ${span}; lương hưu từ tháng {decision:month}, trước tháng {benchmarkStart:month} (đủ tuổi nghỉ hưu), không thể theo chính sách này.{successor:notes}`;
// The one-time allowance on retirement, with the years after the retirement age or without.
const allowance = (afterAge: string) =>
  `Trợ cấp một lần khi nghỉ hưu: {excessMonths:count} tháng đóng trên {maxYears:count} năm; {yearsBeforeAge:number} năm × {perExcessYear:rate} bình quân${afterAge} = {allowance:money}. Phần trước và sau tuổi nghỉ hưu được làm tròn riêng (cách hiểu của công cụ này).`;

export default {
  // The retirement age (retirement.rs): its steps, the words that name a person's sex and condition, its errors.
  normalRetirementAge: 'Tuổi nghỉ hưu trong điều kiện lao động bình thường của {sex:notes} sinh tháng {birth:month}: {age:age}, đủ tuổi vào tháng {reached:month}.',
  lowerRetirementAge: 'Người {condition:notes} được nghỉ hưu thấp hơn tối đa {yearsLower:count} tuổi: {age:age}, đủ tuổi vào tháng {reached:month}.',
  pensionStart: 'Thời điểm nghỉ hưu là hết ngày cuối của tháng {reached:month}; lương hưu được hưởng từ tháng {start:month}.',
  policyRetirement: 'Theo {policy:notes}: nghỉ hưu trước tuổi nghỉ hưu theo Phụ lục I (lương hưu từ tháng {benchmarkStart:month}) tối đa {maxMonthsEarly:count} tháng, không bị trừ tỷ lệ hưởng: lương hưu theo chính sách có thể bắt đầu từ tháng {earliest:month} đến tháng {latest:month}.',
  policyRetirementAppendixII: 'Theo {policy:notes}: nghỉ hưu trước tuổi thấp hơn theo Phụ lục II (lương hưu từ tháng {benchmarkStart:month}) tối đa {maxMonthsEarly:count} tháng, không bị trừ tỷ lệ hưởng: lương hưu theo chính sách có thể bắt đầu từ tháng {earliest:month} đến tháng {latest:month}.',
  sexMale: 'nam',
  sexFemale: 'nữ',
  conditionHardship: 'đủ 15 năm làm nghề nặng nhọc, độc hại, nguy hiểm hoặc ở vùng đặc biệt khó khăn',
  conditionCoalMining: 'đủ 15 năm làm công việc khai thác than trong hầm lò',
  conditionReducedCapacity: 'suy giảm khả năng lao động từ 61% đến 80%',
  conditionReducedCapacitySevere: 'suy giảm khả năng lao động từ 81% trở lên',
  ageYears: '{years:count} tuổi',
  ageYearsMonths: '{years:count} tuổi {months:count} tháng',
  birthImplausible: '«birth»: tháng sinh {birth:month} không hợp lý: phải từ {oldest:month} đến {today:month}.',
  birthInvalid: '«birth»: «{text}» không phải là ngày sinh hợp lệ; hãy viết NNNN-TT hoặc NNNN-TT-NN, ví dụ 1969-01 hoặc 1969-01-15.',
  // The special early-retirement policies (policy.rs): their names, the unreduced pension, their own allowances
  // and what those rest on, their errors.
  policyDecree178: 'Nghị định 178/2024/NĐ-CP (sửa đổi bởi Nghị định 67/2025/NĐ-CP) về sắp xếp tổ chức bộ máy',
  policyDecree154: 'Nghị định 154/2025/NĐ-CP về tinh giản biên chế',
  policyDecree177: 'Nghị định 177/2024/NĐ-CP (không đủ tuổi tái cử, tái bổ nhiệm)',
  policyUnnamed: 'chính sách nghỉ hưu trước tuổi đặc thù',
  noReductionUnderPolicy: 'Nghỉ hưu trước tuổi {monthsEarly:count} tháng theo {policy:notes}: không bị trừ tỷ lệ hưởng lương hưu.',
  policyNotNamed: '«noReduction»: chính sách nghỉ hưu trước tuổi đặc thù không nêu tên: lương hưu bắt đầu sớm {monthsEarly:count} tháng (tối đa {maxMonthsEarly:count} tháng, giới hạn của Nghị định 154/2025/NĐ-CP), không bị trừ tỷ lệ; trợ cấp riêng của chính sách không được tính. Hãy nêu chính sách trong «policy».',
  policyAsserted: 'Lương hưu trước tuổi {monthsEarly:count} tháng, không bị trừ tỷ lệ, theo {policy:notes}: người lao động tự xác định mình thuộc diện áp dụng (đối tượng, quyết định của cấp có thẩm quyền); công cụ không kiểm tra điều đó.',
  policyAllowancesAll: allowances(`${earlyMonths}; ${yearsEarly}; ${serviceYears}`),
  policyAllowancesEarlyMonths: allowances(earlyMonths),
  policyAllowancesYears: allowances(`${yearsEarly}; ${serviceYears}`),
  policyAllowancesNone: allowances('không có khoản nào'),
  currentSalaryEstimatedClause: ' (ước tính)',
  notSocialInsurance: 'Các khoản trợ cấp của {policy:notes} do ngân sách nhà nước chi, không phải chế độ BHXH, và không tính vào lương hưu; người lao động tự xác định mình thuộc diện áp dụng.',
  currentSalaryFromCoefficients: 'Tiền lương hiện hưởng được ước tính từ giai đoạn đóng cuối: hệ số {coefficient:number} × mức tham chiếu {reference:money} × (1 + phụ cấp công vụ {publicService:rate}) = {salary:money}. Tiền lương hiện hưởng thực tế có thể khác (phụ cấp công vụ chỉ tính trên lương ngạch bậc và phụ cấp chức vụ, thâm niên vượt khung; còn các phụ cấp khác); hãy nhập «policy.currentSalary».',
  currentSalaryFromLastSalary: 'Tiền lương hiện hưởng được lấy bằng tiền lương đóng BHXH của giai đoạn cuối, {salary:money}: chỉ là ước tính (tiền lương hiện hưởng gồm cả các phụ cấp chính sách tính); hãy nhập «policy.currentSalary».',
  restructuringMonthAssumed: monthsEarlyAllowance('không có tháng quyết định sắp xếp («policy.restructuringMonth»): giả định nghỉ trong', 'đủ'),
  leftWithinFullRateMonths: monthsEarlyAllowance('nghỉ trong', 'đủ'),
  leftAfterFullRateMonths: monthsEarlyAllowance('nghỉ sau', '{laterRate:rate}'),
  halfYearRounding: 'Số tháng nghỉ sớm và thời gian đóng BHXH được làm tròn: lẻ từ 1 đến 6 tháng tính nửa năm, từ 7 đến 11 tháng tính một năm (Thông tư 19/2025/TT-BQP Điều 5.2; Nghị định 177/2024/NĐ-CP Điều 3.3; ví dụ của Công văn 1814/BNV-TCBC tính 30 tháng là 2,5 năm).',
  underTwoYearsEarly: 'Nghỉ sớm dưới {minMonths:count} tháng: chỉ được hưởng lương hưu không bị trừ tỷ lệ (điều khoản chưa được đối chiếu với văn bản gốc).',
  underTwoYearsEarlyWithMonthsAllowance: 'Nghỉ sớm dưới {minMonths:count} tháng: chỉ được hưởng lương hưu không bị trừ tỷ lệ và trợ cấp cho số tháng nghỉ sớm (điều khoản chưa được đối chiếu với văn bản gốc).',
  decree178Decision: 'Nghị định 178/2024 chỉ áp dụng khi quyết định nghỉ hưu được ban hành đến hết 31/8/2025 (với thời điểm nghỉ sau 31/8/2025: ban hành trước 01/8/2025 và nghỉ chậm nhất 31/12/2025; Công văn 6383/BNV-TCBC): giả định như vậy.',
  decree154Readings: 'Với Nghị định 154/2025, cách làm tròn số năm và định nghĩa tiền lương hiện hưởng được lấy theo Nghị định 178/2024 và 177/2024 (chưa đối chiếu với văn bản của Nghị định 154).',
  noReductionWithPolicy: '«noReduction»: chỉ đưa vào «policy» (cách cũ «noReduction» không dùng cùng lúc được).',
  allowancesTooLarge: '«{field}»: các khoản trợ cấp của chính sách vượt quá số tính chính xác được (hơn 9 triệu tỷ đồng); hãy xem lại tiền lương, mức tăng giả định và các giá trị giả định.',
  policyOpenBetween: notOpen('từ {from:month} đến {to:month}'),
  policyOpenFrom: notOpen('từ {from:month}'),
  policyNeverOpen: notOpen('không tháng nào'),
  decree178Successor: ' Từ 2025-09, người nghỉ sớm do sắp xếp bộ máy được giải quyết theo Nghị định 154/2025/NĐ-CP («decree154»).',
  restructuringAfterLeaving: '«policy.restructuringMonth»: quyết định sắp xếp phải có hiệu lực chậm nhất vào tháng làm việc cuối cùng {leaving:month}.',
  currentSalaryUnknown: '«policy.currentSalary»: không ước tính được tiền lương hiện hưởng từ quá trình đóng; hãy nhập.',
  // The pension in one decision month (assessment.rs).
  lawInForce: 'Quyết định hưởng tháng {decision:month}: áp dụng {law} (chế độ được giải quyết theo luật có hiệu lực khi hưởng).',
  contributionTime: 'Thời gian đóng: {months:count} tháng ({compulsoryMonths:count} bắt buộc, {voluntaryMonths:count} tự nguyện) = {wholeYears:count} năm {oddMonths:count} tháng; tính hưởng: {yearsCounted:number} năm (lẻ 1–6 tháng tính nửa năm, 7–11 tháng tính một năm).',
  eligibleNormal: 'Đủ điều kiện hưởng lương hưu theo {rules:notes}: đủ tuổi nghỉ hưu và đủ {minimumYears:count} năm đóng.',
  eligibleLowerAge: 'Đủ điều kiện hưởng lương hưu ở tuổi thấp hơn (nghề, công việc đặc thù) và đủ {minimumYears:count} năm đóng.',
  eligibleReducedCapacity: 'Đủ điều kiện hưởng lương hưu khi suy giảm khả năng lao động (tỷ lệ hưởng bị giảm do nghỉ hưu trước tuổi).',
  eligibleSpecialPolicy: 'Đủ điều kiện hưởng lương hưu trước tuổi theo chính sách nghỉ hưu trước tuổi đặc thù: đủ {minimumYears:count} năm đóng BHXH bắt buộc, không bị trừ tỷ lệ hưởng.',
  eligibleVoluntaryTransitional: 'Đủ điều kiện theo quy định chuyển tiếp: tham gia BHXH tự nguyện trước 2021 và đủ 20 năm đóng tự nguyện, nghỉ hưu ở tuổi 60 (nam) / 55 (nữ).',
  notEligible: 'Chưa đủ điều kiện hưởng lương hưu: {reasons:notes}',
  rulesCompulsory: 'chế độ BHXH bắt buộc',
  rulesVoluntary: 'chế độ BHXH tự nguyện (dưới đủ số năm bắt buộc)',
  missingYears: 'Còn thiếu {missingMonths:count} tháng đóng để đủ {minimumYears:count} năm.',
  missingReducedCapacityYears: 'Nghỉ hưu khi suy giảm khả năng lao động cần {neededYears:count} năm đóng BHXH bắt buộc; còn thiếu {missingMonths:count} tháng.',
  missingPolicyYears: 'Nghỉ hưu trước tuổi theo chính sách đặc thù cần đủ {minimumYears:count} năm đóng BHXH bắt buộc; còn thiếu {missingMonths:count} tháng.',
  missingAge: 'Chưa đủ tuổi nghỉ hưu: lương hưu sớm nhất từ tháng {start:month}.',
  // The average salary: its parts in turn.
  averageSalary: '{parts:notes}',
  averageEmployer: 'Tiền lương do người sử dụng lao động quyết định: {employerMonths:count} tháng, mỗi tháng nhân hệ số năm của nó theo {table:notes}, tổng {employerRevaluedTotal:money}.',
  averageTableOfficial: 'bảng hệ số điều chỉnh năm {tableYear:number}',
  averageTableProjected: 'bảng hệ số năm {tableYear:number} (ước tính từ bảng năm {projectedFrom:number} với lạm phát giả định {inflation:rate}/năm)',
  averageState: 'Tiền lương theo chế độ Nhà nước quy định: bình quân {stateWindow:notes} ({stateValued:notes}) = {stateAverage:money}, tính cho {stateMonths:count} tháng.',
  stateWindowWhole: 'toàn bộ thời gian',
  stateWindowYears: '{stateWindowYears:count} năm cuối',
  stateValuedAtReference: 'hệ số lương × mức tham chiếu khi hưởng {reference:money}',
  stateValuedByCpi: 'hệ số × lương cơ sở từng tháng, điều chỉnh theo CPI',
  averageVoluntary: 'Thu nhập đóng tự nguyện: {voluntaryMonths:count} tháng, điều chỉnh theo bảng hệ số thu nhập, tổng {voluntaryRevaluedTotal:money}.',
  averageValue: 'Bình quân tiền lương, thu nhập: {averageSalary:money} (bỏ phần lẻ dưới một đồng).',
  averageWithoutSalary: '{monthsWithoutSalary:count} tháng trước 1995 không có tiền lương chỉ được tính thời gian.',
  pensionRate: 'Tỷ lệ hưởng ({sex:notes}): {baseRate:rate} cho {baseYears:count} năm, cộng {perYear:rate} mỗi năm thêm, tối đa {maxRate:rate}: {yearsCounted:number} năm → {pensionRate:rate}.',
  earlyRetirementReduction: 'Nghỉ hưu trước tuổi {monthsEarly:count} tháng (đến tháng {reached:month}, khi đủ {age:age} theo tháng sinh): giảm {perYear:rate} mỗi năm; phần tháng lẻ dưới 6 tháng không giảm, từ 6 tháng giảm một nửa: giảm {reductionRate:rate}.',
  earlyRetirementReductionByYear: 'Nghỉ hưu trước tuổi {monthsEarly:count} tháng (so với tuổi nghỉ hưu năm {year:number}: {age:age}): giảm {perYear:rate} mỗi năm; phần tháng lẻ dưới 6 tháng không giảm, từ 6 tháng giảm một nửa: giảm {reductionRate:rate}.',
  monthsEarlyReading: 'Số tháng nghỉ hưu trước tuổi được tính đến tháng người lao động đủ tuổi nghỉ hưu theo tháng sinh của mình (Phụ lục I Nghị định 135/2020), như cách tính của Bộ Nội vụ (Công văn 1814/BNV-TCBC) và Bộ Quốc phòng (Thông tư 19/2025/TT-BQP). Chưa thấy hướng dẫn hay quyết định của BHXH Việt Nam xác nhận cách tính này cho lương hưu khi suy giảm khả năng lao động; tính theo tuổi nghỉ hưu của năm nghỉ hưu thì số tháng ít hơn cho người nghỉ hưu trước năm 2028 (nam) hoặc 2035 (nữ).',
  monthsEarlyReadingByYear: 'Số tháng nghỉ hưu trước tuổi được tính theo tuổi nghỉ hưu áp dụng trong năm nghỉ hưu (giá trị 0 của «earlyRetirementMonthsBenchmark»), không theo tháng đủ tuổi của chính người lao động (Phụ lục I Nghị định 135/2020).',
  monthlyPension: 'Lương hưu = {averageSalary:money} × {pensionRate:rate} = {computedPension:money} (làm tròn đến đồng).',
  minimumPension: 'Lương hưu thấp nhất bằng mức tham chiếu {minimumPension:money} (đủ {floorYears:count} năm đóng bắt buộc): lương hưu hằng tháng {monthlyPension:money}.',
  minimumPensionJoinedBefore2025: 'Lương hưu thấp nhất bằng mức tham chiếu {minimumPension:money} (đủ {floorYears:count} năm đóng bắt buộc, tham gia trước 01/7/2025): lương hưu hằng tháng {monthlyPension:money}.',
  noMinimumPension: 'Không được bảo đảm mức lương hưu tối thiểu (chỉ dành cho người tham gia trước 01/7/2025 có đủ {floorYears:count} năm đóng bắt buộc): lương hưu hằng tháng {monthlyPension:money}.',
  retirementAllowance: allowance(''),
  retirementAllowanceWithYearsAfterAge: allowance(' + {yearsAfterAge:number} năm sau tuổi nghỉ hưu × {perYearAfterAge:rate}'),
  healthInsurance: 'Quỹ BHXH đóng BHYT cho người hưởng lương hưu: {healthInsuranceRate:rate} × {monthlyPension:money} = {healthInsurance:money} mỗi tháng, người hưởng không phải tự mua.',
  noRevaluationTable: 'Chưa có bảng hệ số điều chỉnh tiền lương cho năm {decisionYear:number}; hãy nhập bảng trong «overrides.revaluationTables».',
  // Contributing on (projection.rs).
  assumedSalaryRaise: 'Tiền lương được giả định tăng {raise:rate} mỗi năm từ tháng 1.',
  assumedIncomeRaise: 'Thu nhập đóng tự nguyện được giả định tăng {raise:rate} mỗi năm từ tháng 1.',
  projectedCoefficients: 'Chưa có bảng hệ số điều chỉnh cho năm {year:number}: dùng bảng năm {from:number} tăng thêm lạm phát giả định {inflation:rate}/năm. Kết quả chỉ là ước tính.',
  nextSteps: '{parts:notes}',
  nextStepsMissing: 'Nếu dừng đóng bây giờ, còn thiếu {monthsMissing:count} tháng để đủ {minimumYears:count} năm hưởng lương hưu.',
  nextStepsVoluntary: 'Đóng BHXH tự nguyện trên thu nhập {income:money}: mỗi tháng {perMonth:money} sau hỗ trợ, cả {monthsMissing:count} tháng {total:money}.',
  nextStepsLumpSum: 'Hoặc, khi đủ tuổi nghỉ hưu (tháng {payIn:month}), đóng một lần cho {lumpSumMonths:count} tháng còn thiếu: khoảng {lumpSum:money} (ước tính, lãi suất quỹ chưa xác minh); lương hưu từ tháng sau khi đóng đủ.',
  nextStepsNoLumpSum: 'Không thể đóng một lần khi đủ tuổi: chỉ được đóng bù tối đa {maxMonths:count} tháng.',
  continuationUntilInvalid: '«{field}»: tháng đóng cuối {month:month} phải từ {from:month} (sau quá trình đã đóng) đến {last:month}.',
  // The calculator (pension.rs).
  decisionBefore2016: 'Tháng quyết định {decision:month} trước 2016-01: chỉ tính theo Luật 58/2014 và Luật 41/2024; hãy chọn «decisionMonth» từ 2016-01.',
  salaryAboveCap: '{cappedMonths:count} tháng có tiền lương cao hơn mức trần 20 × mức tham chiếu; được tính bằng mức trần.',
  conditionNeedsCompulsory: 'Tuổi nghỉ hưu thấp hơn chỉ áp dụng khi hưởng theo chế độ BHXH bắt buộc; ở đây dùng tuổi nghỉ hưu bình thường.',
};
