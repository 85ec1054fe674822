// What every result says of the parameters it used, and the parameters' names.
export default {
  unverifiedParameter: 'Giá trị «{parameter:parameter}» ({parameter}) áp dụng từ {from:month} chưa được xác minh ({instrument}): kết quả chỉ mang tính tham khảo.',
  overrideUsed: 'Kết quả dùng giá trị giả định cho «{parameter:parameter}» ({parameter}) từ {from:month}.',
};
