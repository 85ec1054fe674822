//! Transitional: the sentences of the pension rules as the withdrawal and the comparison still write them (their
//! steps and assumptions hold sentences, not notes), until those parts return notes too. Nothing else uses this
//! module; it goes with their sentences.

use crate::core::assessment::{Coefficients, Missing};
use crate::core::explain::{en, en_rate, vi, vi_rate, Figure, FigureValue, Figures, Note, NoteId, Step, Warning};
use crate::core::history::{Average, Ledger, Years};
use crate::core::money::{Rate, Vnd};
use crate::core::month::Month;
use crate::core::params::{data, Source};
use crate::core::policy::PolicyKind;
use crate::core::retirement::{Age, Condition, RetirementAge, Sex};

impl Years {
    /// 20 or 20,5 (`separator` ',') / 20.5 ('.').
    pub fn text(self, separator: char) -> String {
        self.value().normalize().to_string().replace('.', &separator.to_string())
    }
}

impl Age {
    pub fn vi(self) -> String {
        if self.months == 0 {
            format!("{} tuổi", self.years)
        } else {
            format!("{} tuổi {} tháng", self.years, self.months)
        }
    }

    pub fn en(self) -> String {
        if self.months == 0 {
            format!("{} years", self.years)
        } else {
            format!("{} years {} months", self.years, self.months)
        }
    }
}

impl PolicyKind {
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            PolicyKind::Decree178 => (
                "Nghị định 178/2024/NĐ-CP (sửa đổi bởi Nghị định 67/2025/NĐ-CP) về sắp xếp tổ chức bộ máy",
                "Decree 178/2024 (as amended by Decree 67/2025) on restructuring the apparatus",
            ),
            PolicyKind::Decree154 => {
                ("Nghị định 154/2025/NĐ-CP về tinh giản biên chế", "Decree 154/2025 on staff streamlining")
            }
            PolicyKind::Decree177 => (
                "Nghị định 177/2024/NĐ-CP (không đủ tuổi tái cử, tái bổ nhiệm)",
                "Decree 177/2024 (not re-elected or re-appointed)",
            ),
            PolicyKind::Unspecified => ("chính sách nghỉ hưu trước tuổi đặc thù", "a special early-retirement policy"),
        }
    }
}

impl Missing {
    /// A condition still missing, in the words of the part that found it.
    pub fn worded(code: &'static str, months: u32, month: Option<Month>, vi: String, en: String) -> Missing {
        Missing { code, months, month, id: NoteId(code), figures: Figures::default(), vi, en }
    }
}

/// The steps of the retirement age.
pub fn retirement_steps(r: &RetirementAge) -> Vec<Step> {
    let data = &data::RETIREMENT_AGE;
    let (sex_vi, sex_en) = match r.sex {
        Sex::Male => ("nam", "men"),
        Sex::Female => ("nữ", "women"),
    };
    let (birth, normal_month, month_reached, pension_start) =
        (r.birth, r.normal_month_reached, r.month_reached, r.pension_start);
    let mut steps = vec![Step {
        id: "normalRetirementAge",
        vi: format!(
            "Tuổi nghỉ hưu trong điều kiện lao động bình thường của {sex_vi} sinh tháng {birth}: {}, đủ tuổi vào tháng {normal_month}.",
            r.normal_age.vi()
        ),
        en: format!(
            "The normal retirement age for {sex_en} born in {birth}: {}, reached in {normal_month}.",
            r.normal_age.en()
        ),
        figures: Figures(vec![Figure::count("ageMonths", r.normal_age.total_months())]),
        sources: vec![data.source],
    }];
    let condition = match r.condition {
        Condition::Normal => None,
        Condition::Hardship => Some((
            "đủ 15 năm làm nghề nặng nhọc, độc hại, nguy hiểm hoặc ở vùng đặc biệt khó khăn",
            "15+ years of heavy or hazardous work or in especially difficult areas",
        )),
        Condition::CoalMining => {
            Some(("đủ 15 năm làm công việc khai thác than trong hầm lò", "15+ years of underground coal mining"))
        }
        Condition::ReducedCapacity => {
            Some(("suy giảm khả năng lao động từ 61% đến 80%", "work capacity reduced by 61–80%"))
        }
        Condition::ReducedCapacitySevere => {
            Some(("suy giảm khả năng lao động từ 81% trở lên", "work capacity reduced by 81% or more"))
        }
    };
    if let Some((cond_vi, cond_en)) = condition {
        let lower = r.condition.years_lower();
        steps.push(Step {
            id: "lowerRetirementAge",
            vi: format!(
                "Người {cond_vi} được nghỉ hưu thấp hơn tối đa {lower} tuổi: {}, đủ tuổi vào tháng {month_reached}.",
                r.age.vi()
            ),
            en: format!(
                "With {cond_en}, retirement is allowed up to {lower} years earlier: at {}, reached in {month_reached}.",
                r.age.en()
            ),
            figures: Figures(vec![Figure::count("ageMonths", r.age.total_months())]),
            sources: vec![data.lower_source],
        });
    }
    steps.push(Step {
        id: "pensionStart",
        vi: format!("Thời điểm nghỉ hưu là hết ngày cuối của tháng {month_reached}; lương hưu được hưởng từ tháng {pension_start}."),
        en: format!("Retirement is at the end of {month_reached}; the pension is paid from {pension_start}."),
        figures: Figures(vec![]),
        sources: vec![Source::law("Nghị định 135/2020/NĐ-CP", "Điều 3.1–3.2")],
    });
    if let Some(w) = &r.policy {
        let (name_vi, name_en) = w.kind.words();
        let (table_vi, table_en) = match w.benchmark {
            "appendixII" => ("tuổi thấp hơn theo Phụ lục II", "the lower age of Appendix II"),
            _ => ("tuổi nghỉ hưu theo Phụ lục I", "the age of Appendix I"),
        };
        steps.push(Step {
            id: "policyRetirement",
            vi: format!(
                "Theo {name_vi}: nghỉ hưu trước {table_vi} (lương hưu từ tháng {}) tối đa {} tháng, không bị trừ tỷ lệ hưởng: lương hưu theo chính sách có thể bắt đầu từ tháng {} đến tháng {}.",
                w.benchmark_start, w.max_months_early, w.earliest_start, w.latest_start
            ),
            en: format!(
                "Under {name_en}: retiring up to {} months before {table_en} (a pension from {}), with no reduction of the rate: a pension under the policy may start in any month from {} to {}.",
                w.max_months_early, w.benchmark_start, w.earliest_start, w.latest_start
            ),
            figures: Figures(vec![Figure::count("maxMonthsEarly", w.max_months_early)]),
            sources: w.sources.clone(),
        });
    }
    steps
}

/// The average salary step as the withdrawal writes it.
pub fn average_step(
    ledger: &Ledger,
    a: &Average,
    table: &Coefficients,
    reference: Vnd,
    reference_source: Source,
) -> Step {
    use std::fmt::Write;
    let mut text_vi = String::new();
    let mut text_en = String::new();
    let mut figures = vec![];
    let mut sources = vec![table.source];
    let table_vi = match table.projected_from {
        Some(y) => format!(
            "bảng hệ số năm {} (ước tính từ bảng năm {y} với lạm phát giả định {}/năm)",
            table.decision_year,
            vi_rate(table.inflation)
        ),
        None => format!("bảng hệ số điều chỉnh năm {}", table.decision_year),
    };
    let table_en = match table.projected_from {
        Some(y) => format!(
            "the {} table (projected from the {y} table with an assumed inflation of {} a year)",
            table.decision_year,
            en_rate(table.inflation)
        ),
        None => format!("the {} revaluation table", table.decision_year),
    };
    if a.employer_months > 0 {
        let _ = write!(text_vi, "Tiền lương do người sử dụng lao động quyết định: {} tháng, mỗi tháng nhân hệ số năm của nó theo {table_vi}, tổng {}. ", a.employer_months, vi(Vnd::truncate(a.employer_total)));
        let _ = write!(
            text_en,
            "Employer-decided salaries: {} months, each times its year's coefficient in {table_en}, {} in all. ",
            a.employer_months,
            en(Vnd::truncate(a.employer_total))
        );
        figures.push(Figure::vnd("employerRevaluedTotal", Vnd::truncate(a.employer_total)));
    }
    if let Some(state) = a.state_average {
        let window = ledger
            .state_window_years
            .map_or(("toàn bộ thời gian".to_string(), "the whole career".to_string()), |y| {
                (format!("{y} năm cuối"), format!("the last {y} years"))
            });
        let valued = if ledger.state_valued_at_reference {
            (
                format!("hệ số lương × mức tham chiếu khi hưởng {}", vi(reference)),
                format!("coefficients × the reference level at the benefit {}", en(reference)),
            )
        } else {
            (
                "hệ số × lương cơ sở từng tháng, điều chỉnh theo CPI".to_string(),
                "coefficient × each month's base salary, revalued by CPI".to_string(),
            )
        };
        let _ = write!(
            text_vi,
            "Tiền lương theo chế độ Nhà nước quy định: bình quân {} ({}) = {}, tính cho {} tháng. ",
            window.0,
            valued.0,
            vi(Vnd::truncate(state)),
            a.state_months
        );
        let _ = write!(
            text_en,
            "State-scale salaries: average of {} ({}) = {}, weighted by {} months. ",
            window.1,
            valued.1,
            en(Vnd::truncate(state)),
            a.state_months
        );
        figures.push(Figure::vnd("stateAverage", Vnd::truncate(state)));
        sources
            .push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 72.1, 73.1; Điều 15.1–15.4"));
        if ledger.state_valued_at_reference {
            sources.push(reference_source);
        }
    }
    if a.voluntary_months > 0 {
        let _ = write!(
            text_vi,
            "Thu nhập đóng tự nguyện: {} tháng, điều chỉnh theo bảng hệ số thu nhập, tổng {}. ",
            a.voluntary_months,
            vi(Vnd::truncate(a.voluntary_total))
        );
        let _ = write!(
            text_en,
            "Voluntary incomes: {} months, revalued with the income table, {} in all. ",
            a.voluntary_months,
            en(Vnd::truncate(a.voluntary_total))
        );
        figures.push(Figure::vnd("voluntaryRevaluedTotal", Vnd::truncate(a.voluntary_total)));
        sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 104; Điều 17.5"));
    }
    let _ = write!(text_vi, "Bình quân tiền lương, thu nhập: {} (bỏ phần lẻ dưới một đồng).", vi(a.value));
    let _ = write!(text_en, "Average salary and income: {} (the fraction of a đồng dropped).", en(a.value));
    figures.push(Figure::vnd("averageSalary", a.value));
    sources.push(Source::law("Luật BHXH 41/2024/QH15; Nghị định 158/2025/NĐ-CP", "Điều 72.2, 73.2; Điều 15.4, 16.1"));
    if ledger.months.without_salary > 0 {
        let _ = write!(
            text_vi,
            " {} tháng trước 1995 không có tiền lương chỉ được tính thời gian.",
            ledger.months.without_salary
        );
        let _ = write!(
            text_en,
            " {} months before 1995 without salary data count for time only.",
            ledger.months.without_salary
        );
        sources.push(Source::law("Nghị định 158/2025/NĐ-CP", "Điều 15.6"));
    }
    Step { id: "averageSalary", vi: text_vi, en: text_en, figures: Figures(figures), sources }
}

/// The note a result carries when a coefficient table is projected.
pub fn projected_table_note(year: u16, from: u16, inflation: Rate) -> Warning {
    Warning::new(
        "projectedCoefficients",
        format!(
            "Chưa có bảng hệ số điều chỉnh cho năm {year}: dùng bảng năm {from} tăng thêm lạm phát giả định {}/năm. Kết quả chỉ là ước tính.",
            vi_rate(inflation)
        ),
        format!(
            "No coefficient table exists yet for {year}: the {from} table is carried forward at an assumed inflation of {} a year. The result is provisional.",
            en_rate(inflation)
        ),
    )
}

/// The notes of an assessment (what the months early are counted against, a policy's pension), in words.
pub fn assessment_notes(notes: &[Note]) -> Vec<Warning> {
    notes.iter().filter_map(assessment_note).collect()
}

fn assessment_note(note: &Note) -> Option<Warning> {
    let count = |name: &str| {
        note.figures.0.iter().find(|f| f.name == name).and_then(|f| match f.value {
            FigureValue::Count(n) => Some(n),
            _ => None,
        })
    };
    let policy = || {
        let named = note.figures.0.iter().find(|f| f.name == "policy").and_then(|f| match &f.value {
            FigureValue::Text(t) => Some(t.to_string()),
            _ => None,
        });
        let kind = match named.as_deref() {
            Some("policyDecree178") => PolicyKind::Decree178,
            Some("policyDecree154") => PolicyKind::Decree154,
            Some("policyDecree177") => PolicyKind::Decree177,
            _ => PolicyKind::Unspecified,
        };
        kind.words()
    };
    match note.id.camel_case().as_str() {
        "monthsEarlyReadingByYear" => Some(Warning::new(
            "monthsEarlyReading",
            "Số tháng nghỉ hưu trước tuổi được tính theo tuổi nghỉ hưu áp dụng trong năm nghỉ hưu (giá trị 0 của «earlyRetirementMonthsBenchmark»), không theo tháng đủ tuổi của chính người lao động (Phụ lục I Nghị định 135/2020).",
            "The months retired early are counted against the normal age of the calendar year of retirement (value 0 of “earlyRetirementMonthsBenchmark”), not the month the person reaches their own age (Decree 135/2020 Appendix I).",
        )),
        "monthsEarlyReading" => Some(Warning::new(
            "monthsEarlyReading",
            "Số tháng nghỉ hưu trước tuổi được tính đến tháng người lao động đủ tuổi nghỉ hưu theo tháng sinh của mình (Phụ lục I Nghị định 135/2020), như cách tính của Bộ Nội vụ (Công văn 1814/BNV-TCBC) và Bộ Quốc phòng (Thông tư 19/2025/TT-BQP). Chưa thấy hướng dẫn hay quyết định của BHXH Việt Nam xác nhận cách tính này cho lương hưu khi suy giảm khả năng lao động; tính theo tuổi nghỉ hưu của năm nghỉ hưu thì số tháng ít hơn cho người nghỉ hưu trước năm 2028 (nam) hoặc 2035 (nữ).",
            "The months retired early are counted to the month the person reaches their own retirement age by birth month (Decree 135/2020 Appendix I), as the Ministry of Home Affairs (letter 1814/BNV-TCBC) and the Ministry of Defence (Circular 19/2025/TT-BQP) count them. No guidance or decision of Vietnam Social Security confirming it for reduced-capacity pensions was found; counted against the normal age of the calendar year of retirement, the months are fewer for men retiring before 2028 and women before 2035.",
        )),
        "policyNotNamed" => {
            let (months_early, max) = (count("monthsEarly")?, count("maxMonthsEarly")?);
            let (name_vi, name_en) = PolicyKind::Unspecified.words();
            Some(Warning::new(
                "policyNotNamed",
                format!("«noReduction»: {name_vi} không nêu tên: lương hưu bắt đầu sớm {months_early} tháng (tối đa {max} tháng, giới hạn của Nghị định 154/2025/NĐ-CP), không bị trừ tỷ lệ; trợ cấp riêng của chính sách không được tính. Hãy nêu chính sách trong «policy»."),
                format!("“noReduction”: {name_en} not named: the pension starts {months_early} months early (at most {max}, the limit of Decree 154/2025), with no reduction of the rate; the policy's own allowances are not computed. Name the policy in “policy”."),
            ))
        }
        "policyAsserted" => {
            let months_early = count("monthsEarly")?;
            let (name_vi, name_en) = policy();
            Some(Warning::new(
                "policyAsserted",
                format!("Lương hưu trước tuổi {months_early} tháng, không bị trừ tỷ lệ, theo {name_vi}: người lao động tự xác định mình thuộc diện áp dụng (đối tượng, quyết định của cấp có thẩm quyền); công cụ không kiểm tra điều đó."),
                format!("A pension {months_early} months early, not reduced, under {name_en}: the worker asserts being covered (the post, the competent authority's decision); the engine does not check it."),
            ))
        }
        _ => None,
    }
}
