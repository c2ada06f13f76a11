//! A page per group: its sessions (day, hours, room, joint with whom), the agenda items
//! taken at them, and what each revision of the time plan changed for it.

fn pages() -> tempfile::TempDir {
    crate::common::build_sample(&["--format", "md,html", "--lang", "en,zh"])
}

fn page(out: &tempfile::TempDir, rel: &str) -> String {
    std::fs::read_to_string(out.path().join("sg12-2025-09").join(rel)).unwrap()
}

#[test]
fn the_question_1_page_lists_its_sessions_items_and_changes() {
    let out = pages();
    let md = page(&out, "en/groups/q1.md");
    for line in [
        "# Question 1/12 (Q1/12)",
        "As in TD211 Rev.1, 12 September 2025",
        "| Thursday 11 September | 14:30–17:30 | K |  |",
        "| Friday 12 September | 18:00–19:30 | K | Ad hoc meeting |",
        "| Tuesday 16 September | 09:30–12:30 | C2 |  |",
        "- 12.1 Question 1/12 ad hoc meeting",
        "### TD211 Rev.1 · 12 September 2025",
        "- Question 1/12: moved from Tuesday 9 September, afternoon, to Friday 12 September, evening",
    ] {
        assert!(md.lines().any(|l| l == line), "no line {line:?} in\n{md}");
    }
    insta::assert_snapshot!("group_en_q1_md", md);
    insta::assert_snapshot!("group_zh_q1_html", page(&out, "zh/groups/q1.html"));
}

#[test]
fn a_joint_session_names_the_other_group_and_a_cancelled_one_is_struck() {
    let out = pages();
    let q9 = page(&out, "en/groups/q9.md");
    assert!(
        q9.contains("| Friday 12 September | 14:30–17:30 | Popov | joint with Question 14/12 · Joint session of Questions 9/12 and 14/12 |"),
        "{q9}"
    );
    let q13 = page(&out, "en/groups/q13.html");
    assert!(
        q13.contains("<tr class=\"cancelled\"><th scope=\"row\">Monday 15 September</th>"),
        "{q13}"
    );
    // A group no revision changed after the first issue says so per issue: Q2/12 only
    // appeared in TD211.
    let q2 = page(&out, "en/groups/q2.md");
    assert!(
        q2.contains("### TD211 · 9 September 2025") && !q2.contains("TD211 Rev.1 ·"),
        "{q2}"
    );
}

/// What a delegate reads for each session: the documents of the items taken at it (TD221
/// under item 12.1, the Friday ad hoc meeting), else those the register has for the
/// group that are current on its day (C 72 Rev.1, registered on 10 September, replaces C
/// 72 from then on; C 88, withdrawn that day, is gone from then on); a session with the
/// documents of the one before names it; the calendar's events list them with their links.
#[test]
fn each_session_lists_the_documents_to_read_with_their_links() {
    let out = crate::common::build_sample(&["--format", "md,ics", "--lang", "en"]);
    let q1 = page(&out, "en/groups/q1.md");
    let friday = "### Friday 12 September · 18:00–19:30\n\n- [TD221/GEN](<https://www.itu.int/md/T25-SG12-250909-TD-GEN-0221/en>): Draft terms of reference of the Question 1/12 ad hoc group on QoS/QoE coordination for AI-based services (Rapporteur Q1/12)\n\n";
    assert!(q1.contains(friday), "{q1}");
    let q7 = page(&out, "en/groups/q7.md");
    assert!(
        q7.contains("- [C 72 Rev.1](<") && !q7.contains("- [C 72]("),
        "{q7}"
    );
    let thursday = "### Thursday 11 September · 14:30–17:30\n\nSame documents as on Wednesday 10 September, 14:30–17:30\n";
    assert!(q7.contains(thursday), "{q7}");
    let q12 = page(&out, "en/groups/q12.md");
    assert!(!q12.contains("[C 88]") && q12.contains("[C 87]"), "{q12}");
    let ics = page(&out, "en/groups/q1.ics").replace("\r\n ", "");
    let td221 = "TD221/GEN: Draft terms of reference of the Question 1/12 ad hoc group on QoS/QoE coordination for AI-based services <https://www.itu.int/md/T25-SG12-250909-TD-GEN-0221/en>";
    assert!(ics.contains(&format!("Documents:\\n{td221}\\n")), "{ics}");
}
