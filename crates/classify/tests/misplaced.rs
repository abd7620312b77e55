//! Misplacement review on the labelled corpus (tests/data, written by
//! scripts/gen-labelled-corpus.py): injected misfilings are found, an
//! article never votes for itself, results do not depend on training order
//! or threads, verdicts carry their evidence, and the guards hold.

mod common;

use std::sync::OnceLock;

use classify::{Guard, Model, ReviewConfig, Trainer, Verdict};
use common::{corpus, cues, evaluate, inject, train_review, Article};

fn label(slug: &str) -> usize {
    cues()
        .slugs()
        .iter()
        .position(|s| s == slug)
        .unwrap_or_else(|| panic!("no section {slug}"))
}

/// A recruitment notice written for these tests (not in the corpus).
const TUYEN_DUNG_TITLE: &str =
    "THÔNG BÁO tuyển dụng viên chức Trung tâm Y tế huyện Kỳ Sơn năm 2026";
const TUYEN_DUNG_TEXT: &str = "Trung tâm Y tế huyện Kỳ Sơn thông báo tuyển dụng 12 viên chức \
    làm việc tại các trạm y tế xã vùng cao. Người đăng ký dự tuyển phải tốt nghiệp đại học \
    chuyên ngành y, dược và có chứng chỉ hành nghề. Thí sinh nộp Phiếu đăng ký dự tuyển tại \
    phòng Tổ chức - Hành chính từ ngày 5/3/2026. Hình thức tuyển dụng là xét tuyển; vòng 2 \
    phỏng vấn kiến thức chuyên ngành. Danh sách thí sinh đủ điều kiện được niêm yết công khai \
    tại trụ sở Trung tâm.";

#[test]
fn five_percent_injected_noise_is_found_with_f1_at_least_0_8() {
    // More seeds and noise levels: scripts/eval-misplaced.
    let s = evaluate(0.05, 1, &ReviewConfig::default());
    println!(
        "5% noise: injected {} flagged {} true {} precision {:.3} recall {:.3} F1 {:.3}",
        s.injected, s.flagged, s.tp, s.precision, s.recall, s.f1
    );
    assert_eq!(s.injected, 40, "{s:?}");
    assert!(s.f1 >= 0.8, "{s:?}");
}

#[test]
fn a_clean_corpus_raises_few_flags() {
    // The other half of precision: with nothing injected, flags are the
    // corpus's own ambiguous articles and must stay rare.
    let s = evaluate(0.0, 1, &ReviewConfig::default());
    assert_eq!(s.injected, 0);
    assert!(s.flagged * 100 <= 805 * 3, "{s:?}");
}

/// The corpus trained in its own labels with the default configuration,
/// shared by the tests that only review.
fn default_model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| model_with(&[], &ReviewConfig::default()))
}

/// Trains on the corpus in its own labels, with `extra` articles added.
fn model_with(extra: &[(&str, usize, &str, &str)], cfg: &ReviewConfig) -> Model {
    let cues = cues();
    let mut t = Trainer::new(cues.slugs().to_vec(), cfg.clone());
    for (a, l) in corpus(&cues) {
        t.add(&a.key, l, &a.title, &a.text);
    }
    for &(k, l, title, text) in extra {
        t.add(k, l, title, text);
    }
    t.finish()
}

#[test]
fn an_article_never_votes_for_itself() {
    // An article whose words occur nowhere else: were its own counts used,
    // its mapped section would win on them. Trained under two different
    // labels, it must be scored identically.
    let cfg = ReviewConfig::default();
    let cues = cues();
    let title = "Ngựa ô Phượng Hoàng khuỷu sừng";
    let text = "Quýt Xoài ngậm ngùi, khuỷu sừng ngựa ô, phượng hoàng lửa ửng hồng trên rẫy \
                nương, đuống ghềnh thoăn thoắt. Quýt Xoài ngậm ngùi ghềnh thoăn thoắt.";
    let (a, b) = (label("van-ban"), label("tuyen-dung"));
    let as_a = model_with(&[("riêng/1", a, title, text)], &cfg);
    let as_b = model_with(&[("riêng/1", b, title, text)], &cfg);
    let va = as_a.review("riêng/1", a, title, text, &cues);
    let vb = as_b.review("riêng/1", a, title, text, &cues);
    assert_eq!(va, vb);

    // The test can fail: an article in another fold with the same words is
    // pulled towards the label the unique article was trained with.
    let other = (2..200).map(|i| format!("riêng/{i}")).find(|k| {
        let v1 = as_a.review(k, a, title, text, &cues);
        let v2 = as_b.review(k, a, title, text, &cues);
        v1.scores != v2.scores
    });
    assert!(other.is_some(), "no other key sees the unique words");
}

fn all_verdicts(order: &[usize], split: Option<usize>) -> Vec<Verdict> {
    let cues = cues();
    let corpus = corpus(&cues);
    let (labels, _) = inject(&corpus, cues.slugs(), 0.05, 7);
    let cfg = ReviewConfig::default();
    let Some(parts) = split else {
        return train_review(&corpus, &labels, &cues, &cfg, order).1;
    };
    // Train on `parts` threads, each a contiguous share of `order`, and
    // merge in thread order.
    let chunk = order.len().div_ceil(parts);
    let trainers: Vec<Trainer> = std::thread::scope(|s| {
        let handles: Vec<_> = order
            .chunks(chunk)
            .map(|idx| {
                let (corpus, labels, cfg, slugs) = (&corpus, &labels, &cfg, cues.slugs());
                s.spawn(move || {
                    let mut t = Trainer::new(slugs.to_vec(), cfg.clone());
                    for &i in idx {
                        let a: &Article = &corpus[i].0;
                        t.add(&a.key, labels[i], &a.title, &a.text);
                    }
                    t
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut trainers = trainers.into_iter();
    let mut t = trainers.next().unwrap();
    for o in trainers {
        t.merge(o);
    }
    let m = t.finish();
    corpus
        .iter()
        .zip(&labels)
        .map(|((a, _), &l)| m.review(&a.key, l, &a.title, &a.text, &cues))
        .collect()
}

#[test]
fn verdicts_do_not_depend_on_training_order_or_threads() {
    let n = corpus(&cues()).len();
    let forward: Vec<usize> = (0..n).collect();
    let backward: Vec<usize> = (0..n).rev().collect();
    // Every seventh first, then the rest: an order unrelated to either.
    let mut strided: Vec<usize> = (0..n).step_by(7).collect();
    strided.extend((0..n).filter(|i| i % 7 != 0));
    let base = all_verdicts(&forward, None);
    assert!(base.iter().any(|v| v.misplaced));
    assert_eq!(base, all_verdicts(&backward, None));
    assert_eq!(base, all_verdicts(&strided, Some(3)));
    assert_eq!(base, all_verdicts(&backward, Some(4)));
}

#[test]
fn a_verdict_names_the_words_and_cues_that_decided() {
    let cues = cues();
    let m = default_model();
    let news = label("tin-tuc-su-kien");
    let v = m.review(
        "tin-tuc/đăng nhầm",
        news,
        TUYEN_DUNG_TITLE,
        TUYEN_DUNG_TEXT,
        &cues,
    );
    println!("words {:?}, cues {:?}", v.words, v.cues);
    assert!(v.misplaced, "{v:?}");
    assert_eq!(v.suggested, label("tuyen-dung"));
    assert_eq!(v.mapped, news);
    assert!(v.margin >= m.config().margin);
    assert!((v.margin - (v.scores[v.suggested] - v.scores[v.mapped])).abs() < 1e-12);
    // The deciding n-grams are the article's own, folded.
    assert!(!v.words.is_empty() && v.words.len() <= m.config().max_words);
    let folded = classify::fold(&format!("{TUYEN_DUNG_TITLE} {TUYEN_DUNG_TEXT}"));
    for w in &v.words {
        let w = w.replace('#', "");
        assert!(
            w.split(' ').all(|s| folded.contains(s)),
            "{w} not in the text"
        );
    }
    assert!(
        v.words
            .iter()
            .any(|w| w.contains("tuyển") || w.contains("thí sinh")),
        "{:?}",
        v.words
    );
    // Cue hits of the suggested section, named as written.
    let names: Vec<&str> = v
        .cues
        .iter()
        .filter(|h| h.section == v.suggested)
        .map(|h| h.cue.as_str())
        .collect();
    assert!(
        names.contains(&"tuyển dụng") && names.contains(&"thí sinh"),
        "{names:?}"
    );
    assert!(v
        .cues
        .iter()
        .all(|h| h.section == v.suggested || h.section == v.mapped));
}

#[test]
fn a_section_with_too_few_articles_raises_no_flag() {
    let cues = cues();
    let cfg = ReviewConfig::default();
    let recruit = label("tuyen-dung");
    let news = label("tin-tuc-su-kien");
    // Only three recruitment articles in training.
    let mut t = Trainer::new(cues.slugs().to_vec(), cfg.clone());
    let mut kept = 0;
    for (a, l) in corpus(&cues) {
        if l == recruit {
            if kept == 3 {
                continue;
            }
            kept += 1;
        }
        t.add(&a.key, l, &a.title, &a.text);
    }
    let m = t.finish();
    assert_eq!(m.class_docs()[recruit], 3);
    let v = m.review("x/1", news, TUYEN_DUNG_TITLE, TUYEN_DUNG_TEXT, &cues);
    assert!(!v.misplaced, "{v:?}");
    assert_eq!(v.suggested, recruit, "the scores still show it");
    assert!(
        matches!(v.guard, Some(Guard::SmallClass { label, docs }) if label == recruit && docs <= 3),
        "{:?}",
        v.guard
    );
    // With the whole corpus the same article is flagged.
    let full = model_with(&[], &cfg);
    assert!(
        full.review("x/1", news, TUYEN_DUNG_TITLE, TUYEN_DUNG_TEXT, &cues)
            .misplaced
    );
}

#[test]
fn a_single_cue_alone_cannot_flag_an_article() {
    let cues = cues();
    // Cues weighted so heavily that one hit outweighs the classifier.
    let cfg = ReviewConfig {
        cue_weight: 5.0,
        ..ReviewConfig::default()
    };
    let m = model_with(&[], &cfg);
    let news = label("tin-tuc-su-kien");
    let bids = label("dau-tu-dau-thau-mua-sam");
    let title = "Huyện Nam Đàn tổ chức Lễ hội Làng Sen năm 2026";
    let base = "Ngày 19/5/2026, đồng chí Trần Quốc Khánh, Chủ tịch UBND huyện đã dự lễ \
                khai mạc. Hàng nghìn người dân và du khách đã về dự, xem các tiết mục văn nghệ \
                đặc sắc của các đội văn nghệ quần chúng. Buổi lễ diễn ra trang trọng, ấm cúng.";
    let one = format!("{base} Ban tổ chức cảm ơn nhà thầu đã hoàn thành sân khấu đúng hẹn.");
    let v = m.review("tin/1", news, title, &one, &cues);
    assert_eq!(v.suggested, bids, "{v:?}");
    assert!(!v.misplaced);
    assert_eq!(v.guard, Some(Guard::WeakCue));
    let json = serde_json::to_value(&v).unwrap();
    assert_eq!(json["guard"], serde_json::json!({"kind": "weak_cue"}));
    assert_eq!(json["suggested"], bids);
    // Two different cues of the section are evidence enough.
    let two = format!("{one} Gói thầu sân khấu trị giá 300 triệu đồng.");
    let v = m.review("tin/1", news, title, &two, &cues);
    assert_eq!(v.suggested, bids);
    assert!(v.misplaced, "{v:?}");
}

#[test]
fn a_short_text_raises_no_flag() {
    let cues = cues();
    let m = default_model();
    let v = m.review(
        "tin/ngắn",
        label("tin-tuc-su-kien"),
        "Tuyển dụng viên chức",
        "Thí sinh dự tuyển xem tệp đính kèm.",
        &cues,
    );
    assert_eq!(v.suggested, label("tuyen-dung"));
    assert!(!v.misplaced);
    assert!(matches!(v.guard, Some(Guard::ShortText { syllables }) if syllables < 20));
}

#[test]
fn the_hashed_feature_space_bounds_memory() {
    let cfg = ReviewConfig {
        hash_bits: 10,
        ..ReviewConfig::default()
    };
    let m = model_with(&[], &cfg);
    let cells = m.labels().len() * cfg.folds as usize;
    assert!(m.buckets() <= 1024, "{}", m.buckets());
    // The counts, plus the bucket index at its worst load factor.
    let bound = 1024 * cells * 4 + 2048 * 9;
    assert!(m.heap_bytes() <= bound, "{} > {bound}", m.heap_bytes());
    // With the default 2^18 buckets this corpus uses far fewer.
    let full = default_model();
    assert!(full.buckets() > 1024, "{}", full.buckets());
    // Collisions blur the classifier but it still works.
    let s = evaluate(0.05, 1, &cfg);
    assert!(s.f1 > 0.5, "{s:?}");
}
