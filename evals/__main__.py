"""`python -m evals run|korquad|sweep|policy-corpus|policies|calibrate|catalog|finder|typed-variants`: exit 0 when fine, 1 when the gate finds a regression, 2 on an error."""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path

from assistant.config import load_settings
from assistant.errors import AssistantError
from assistant.runtime import apply_process_defaults
from evals import gate

EVALS = Path(__file__).resolve().parent
SEED_SOURCE = EVALS.parent / "data" / "seed-knowledge"  # knowledge/'s five articles and metadata.csv only
SEED_INDEX = EVALS.parent / "data" / "seed-index"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evals", description="Measure the assistant")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="answer the gold set, write results and report, gate on the baseline")
    run.add_argument("--dataset", type=Path, default=EVALS / "gold.jsonl")
    run.add_argument("--source", type=Path, help="documents to index when --index-dir has no index "
                     "(default: the seed articles of knowledge/, without the bundled programs)")
    run.add_argument("--index-dir", type=Path, help=f"index directory (default {SEED_INDEX.relative_to(EVALS.parent)}, "
                     "a seed-only index kept in step with knowledge/*.txt)")
    run.add_argument("--out", type=Path, default=EVALS / "out", help="where results.json and report.md go")
    run.add_argument("--baseline", type=Path, default=EVALS / "baseline.json")
    run.add_argument("--tolerance", type=float, default=gate.DEFAULT_TOLERANCE,
                     help=f"allowed drop per metric (default {gate.DEFAULT_TOLERANCE})")
    run.add_argument("--update-baseline", action="store_true", help="write these figures as the new baseline")
    run.add_argument("--no-gate", action="store_true", help="do not compare with the baseline")
    kq = sub.add_parser("korquad", help="retrieval and answer benchmark on a SQuAD v1 JSON file (KorQuAD 1.0)")
    kq.add_argument("--data", type=Path, required=True, help="SQuAD v1 JSON, e.g. KorQuAD_v1.0_dev.json")
    kq.add_argument("--limit", type=int, default=200, help="questions to sample (default 200)")
    kq.add_argument("--seed", type=int, default=0)
    kq.add_argument("--index-dir", type=Path, help="index directory (default: a temporary one)")
    kq.add_argument("--out", type=Path, help="also write the figures as JSON here")
    kq.add_argument("--half", choices=("tune", "held", "all"), default="all",
                    help="questions whose sha256(id) is even (tune) or odd (held), or all (default)")
    kq.add_argument("--rows", type=Path, help="also write one JSON line per question (for reading tune-half failures)")
    sw = sub.add_parser("sweep", help="retrieval quality of each fusion setting on the gold set and/or KorQuAD")
    sw.add_argument("--data", type=Path, help="SQuAD v1 JSON (KorQuAD); without it, the gold set over knowledge/")
    sw.add_argument("--limit", type=int, default=1000, help="KorQuAD questions to sample (default 1000)")
    sw.add_argument("--seed", type=int, default=0)
    sw.add_argument("--index-dir", type=Path, help="index directory (KorQuAD: default a temporary one)")
    sw.add_argument("--weights", default="0.2,0.3,0.5,0.7", help="dense weights of the weighted fusion")
    pc = sub.add_parser("policy-corpus", help="render dev policies as .md/.txt/.docx/.json beside the seeds, with answers")
    pc.add_argument("--out", type=Path, required=True, help="folder to write (OUT/source and OUT/answers.jsonl)")
    pc.add_argument("--policies", type=Path, help="policy records JSON (default ../shared/data/youth-policies/policies-dev.json)")
    pc.add_argument("--limit", type=int, help="render only this many policies (a stable subset)")
    po = sub.add_parser("policies", help="field and citizen questions about rendered dev policies, by kind and form; gates")
    po.add_argument("--limit", type=int, help="policies in the corpus (a stable subset; default all)")
    po.add_argument("--corpus", type=Path, help="corpus folder (default data/policy-eval[-LIMIT]; built when missing)")
    po.add_argument("--index-dir", type=Path, help="index directory (default CORPUS/index; built when missing)")
    po.add_argument("--out", type=Path, default=EVALS / "out-policies", help="where results.json and report.md go")
    po.add_argument("--dataset", type=Path, default=EVALS / "policy_gold.jsonl", help="hand-written questions")
    po.add_argument("--natural", type=Path, help="people's own questions (default ../shared/data/youth-policies/"
                    "questions-natural-dev.jsonl; read when it exists)")
    po.add_argument("--only", choices=("all", "natural", "templated"), default="all",
                    help="ask only the natural questions, or only the templated and hand-written ones (no gate)")
    po.add_argument("--half", choices=("both", "tune", "held"), default="both", help="natural questions of one half only")
    po.add_argument("--baseline", type=Path, default=EVALS / "policy_baseline.json")
    po.add_argument("--tolerance", type=float, default=gate.DEFAULT_TOLERANCE,
                     help=f"allowed drop per metric (default {gate.DEFAULT_TOLERANCE})")
    po.add_argument("--rebuild", action="store_true", help="rebuild the corpus and its index first")
    po.add_argument("--update-baseline", action="store_true", help="write these figures as the new baseline")
    po.add_argument("--no-gate", action="store_true", help="do not compare with the baseline")
    ca = sub.add_parser("calibrate", help="fit the line and refusal models (answer/calibration.json) on the tuning half")
    ca.add_argument("--corpus", type=Path, help="corpus folder (default data/policy-eval; built when missing)")
    ca.add_argument("--index-dir", type=Path, help="index directory (default CORPUS/index; built when missing)")
    ca.add_argument("--natural", type=Path, action="append", help="people's own questions, their tuning half (default "
                    "../shared/data/youth-policies/questions-natural-dev.jsonl; repeat to fit on several sets)")
    ca.add_argument("--out", type=Path, help="where to write the coefficients (default assistant/answer/calibration.json)")
    ca.add_argument("--keep-line", action="store_true", help="keep the line model of the calibration now in "
                    "assistant/answer/calibration.json and fit only the answer model")
    sub.add_parser("catalog", add_help=False,
                   help="program catalog ages/deadlines and finder eligibility vs the records (options: evals/catalog.py)")
    sub.add_parser("finder", add_help=False,
                   help="finder verdicts vs the hand labels of ten residents (options: evals/finder.py)")
    sub.add_parser("typed-variants", add_help=False,
                   help="the natural tuning questions typed with key slips, to score with policies --natural "
                        "(options: evals/typed_variants.py)")
    sub.add_parser("conditions-audit", add_help=False,
                   help="how the finder reads each condition kind over all dev policies (options: evals/conditions_audit.py)")
    return parser


def main(argv: list[str] | None = None) -> int:
    apply_process_defaults()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["catalog"]:  # its own options: python -m evals catalog --help
        from evals.catalog import main as catalog_main

        return catalog_main(argv[1:])
    if argv[:1] == ["finder"]:  # its own options: python -m evals finder --help
        from evals.finder import main as finder_main

        return finder_main(argv[1:])
    if argv[:1] == ["typed-variants"]:  # its own options: python -m evals typed-variants --help
        from evals.typed_variants import main as typed_main

        return typed_main(argv[1:])
    if argv[:1] == ["conditions-audit"]:  # its own options: python -m evals conditions-audit --help
        from evals.conditions_audit import main as audit_main

        return audit_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        if args.command == "run":
            return run_command(args)
        if args.command == "policies":
            return policies_command(args)
        if args.command == "calibrate":
            return calibrate_command(args)
        if args.command == "policy-corpus":
            return policy_corpus_command(args)
        if args.command == "sweep":
            return sweep_command(args, argv)
        return korquad_command(args, argv)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def run_command(args) -> int:
    from evals.dataset import load_gold
    from evals.evaluation import evaluate
    from evals.runner import open_or_build

    if args.tolerance < 0:
        print(f"error: --tolerance must be 0 or more, got {args.tolerance}", file=sys.stderr)
        return 2
    load_gold(args.dataset)  # a bad line fails here, before an index is built
    if args.index_dir is None and args.source is None:  # the gold set is about the seed articles: a seed-only index
        from assistant.index.build import run_ingest
        from evals.policy_corpus import copy_seed_articles

        shutil.rmtree(SEED_SOURCE, ignore_errors=True)  # an article removed from knowledge/ leaves it too
        settings = load_settings(index_dir=SEED_INDEX, source_dir=copy_seed_articles(SEED_SOURCE))
        run_ingest(settings)  # incremental: nothing to do when the articles did not change
    else:
        settings = load_settings(index_dir=args.index_dir, source_dir=args.source)
    assistant = open_or_build(settings)
    run = evaluate(assistant, args.dataset, args.out)
    summary = run.summary
    print(run.table)
    print(f"{run.passed} of {run.total} passed; report: {run.report}")
    if args.update_baseline:
        gate.write_baseline(args.baseline, summary["overall"], _shown(args.dataset), run.total)
        print(f"baseline written to {args.baseline}")
        return 0
    if args.no_gate:
        return 0
    regressions = gate.compare(summary["overall"], gate.load_baseline(args.baseline), args.tolerance)
    for regression in regressions:
        print(f"REGRESSION: {regression.describe()} (tolerance {args.tolerance})", file=sys.stderr)
    floors = gate.floor_failures(run.outcomes)
    for failure in floors:
        print(f"FLOOR: {failure}", file=sys.stderr)
    return 1 if regressions or floors else 0


def _shown(path: Path) -> str:
    """A path as written in committed files: relative to the repository when inside it."""
    try:
        return Path(path).resolve().relative_to(EVALS.parent).as_posix()
    except ValueError:
        return str(path)


def policies_command(args) -> int:
    from evals import gate
    from evals.policy_eval import BREAKDOWNS, GATED_METRICS, all_questions, prepare, summarize_policies
    from evals.policy_natural import NATURAL_QUESTIONS, load_natural, render_natural
    from evals.report import summary_table, write_outputs
    from evals.runner import open_or_build, run_rows

    if args.tolerance < 0 or (args.limit is not None and args.limit < 1):
        print("error: --tolerance must be 0 or more and --limit 1 or more", file=sys.stderr)
        return 2
    try:
        truths, source, index = prepare(args.limit, args.corpus, args.index_dir, args.rebuild)
    except FileNotFoundError as exc:
        print(f"error: cannot build the policy corpus: no file {exc.filename} — "
              "it needs ../shared/data/youth-policies beside the repository, or pass --corpus DIR", file=sys.stderr)
        return 2
    questions = [] if args.only == "natural" else all_questions(truths, args.dataset)
    natural_file = args.natural or NATURAL_QUESTIONS
    if args.only != "templated" and natural_file.exists():
        questions += [q for q in load_natural(natural_file, truths) if args.half in ("both", q.split)]
    assistant = open_or_build(load_settings(index_dir=index, source_dir=source))
    outcomes = run_rows(assistant, [q.row for q in questions])
    summary = summarize_policies(outcomes, questions)
    stats = assistant.stats()
    context = {"dataset": f"{len(truths)} dev policies + {_shown(args.dataset)}", "questions": len(questions),
               "source": str(source), "index_dir": str(index), "documents": stats.get("documents"),
               "chunks": stats.get("chunks"), "embedder": stats.get("embedder")}
    write_outputs(args.out, summary, outcomes, context, BREAKDOWNS)
    natural_tables = render_natural(summary["natural"])
    with (args.out / "report.md").open("a", encoding="utf-8") as report:
        report.write(f"\n## Natural questions\n\n```{natural_tables}\n```\n")
    print(summary_table(summary["overall"]))
    print(natural_tables)
    print(f"{sum(o.passed for o in outcomes)} of {len(outcomes)} passed; report: {args.out / 'report.md'}")
    if args.update_baseline:
        gate.write_baseline(args.baseline, summary["overall"], context["dataset"], len(questions), GATED_METRICS)
        print(f"baseline written to {args.baseline}")
        return 0
    if args.no_gate or args.only != "all" or args.half != "both":
        return 0
    baseline = gate.load_baseline(args.baseline, "python -m evals policies")
    regressions = gate.compare(summary["overall"], baseline, args.tolerance, GATED_METRICS)
    for regression in regressions:
        print(f"REGRESSION: {regression.describe()} (tolerance {args.tolerance})", file=sys.stderr)
    return 1 if regressions else 0


def calibrate_command(args) -> int:
    from assistant.answer.meaning import CALIBRATION, Calibration
    from evals.policy_calibrate import calibrate
    from evals.policy_eval import prepare
    from evals.policy_natural import NATURAL_QUESTIONS, load_natural
    from evals.runner import open_or_build

    truths, source, index = prepare(None, args.corpus, args.index_dir, False)
    sets = args.natural or [NATURAL_QUESTIONS]
    tune = [q for path in sets for q in load_natural(path, truths) if q.split == "tune"]
    assistant = open_or_build(load_settings(index_dir=index, source_dir=source))
    try:
        start = Calibration.read(CALIBRATION) if args.keep_line else None
        fitted, note = calibrate(assistant, tune, start, [path.name for path in sets], keep_line=args.keep_line)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = args.out or CALIBRATION
    fitted.write(out, note)
    print(f"fitted on {note['readings']} readings of tuning questions ({note['readings_without_answer']} of them without "
          f"their answering lines) and {note['lines']} lines; threshold {fitted.threshold}; written to {out}")
    oof = note["out_of_fold"]
    print(f"chosen by {note['folds']}-fold cross-validation grouped by program: ridge {note['ridge']}, features "
          f"{', '.join(note['answer_features'])} (dropped {', '.join(note['dropped_by_crossval']) or 'none'})")
    print(f"out of fold at {fitted.threshold}: answered right {oof['answered_right']}/{oof['answerable']}, wrongly refused "
          f"{oof['wrongly_refused']}, answered wrong {oof['answered_wrong']}; not-stated and invented refused "
          f"{oof['not_stated_refused']}/{oof['not_stated']}, without their answering lines refused "
          f"{oof['without_answer_refused']}/{oof['without_answer']}")
    print("out-of-fold worth by cut: " + ", ".join(f"{c} {w:g}" for c, w in note["out_of_fold_worth_by_cut"].items()))
    return 0


def policy_corpus_command(args) -> int:
    from evals.policy_corpus import build_corpus
    from evals.policy_facts import DEFAULT_POLICIES

    policies = args.policies or DEFAULT_POLICIES
    if not policies.exists():
        print(f"error: no policy records at {policies} — pass --policies PATH", file=sys.stderr)
        return 2
    if args.limit is not None and args.limit < 1:
        print(f"error: --limit must be 1 or more, got {args.limit}", file=sys.stderr)
        return 2
    forms = build_corpus(args.out, policies, limit=args.limit)
    shown = ", ".join(f"{count} {form}" for form, count in sorted(forms.items()))
    print(f"{sum(forms.values())} policies ({shown}) in {args.out / 'source'}; truth in {args.out / 'answers.jsonl'}")
    return 0


def korquad_command(args, argv) -> int:
    from evals.korquad import render_figures, run_benchmark, write_figures

    command = "python -m evals " + " ".join(argv if argv is not None else sys.argv[1:])
    figures = run_benchmark(args.data, limit=args.limit, seed=args.seed, index_dir=args.index_dir, half=args.half,
                            rows_out=args.rows)
    print(render_figures(figures, command))
    if args.out:
        write_figures(args.out, figures, command)
    return 0


def sweep_command(args, argv) -> int:
    from evals.sweep import render, sweep

    weights = [float(w) for w in args.weights.split(",") if w.strip()]
    command = "python -m evals " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.data is None:
        from evals.dataset import load_gold
        from evals.runner import open_or_build

        rows = [r for r in load_gold(EVALS / "gold.jsonl") if r.answerable]
        assistant = open_or_build(load_settings(index_dir=args.index_dir))
        table = sweep(assistant, [(r.question, r.sources) for r in rows], weights)
        print(render(table, f"$ {command}\n{len(rows)} answerable gold questions"))
        return 0
    from evals.korquad import korquad_assistant, load_squad, sample_questions

    paragraphs, questions = load_squad(args.data)
    sample = sample_questions(questions, args.limit, args.seed)
    with korquad_assistant(paragraphs, args.index_dir) as assistant:
        table = sweep(assistant, [(q.question, [q.source]) for q in sample], weights)
    print(render(table, f"$ {command}\n{len(sample)} KorQuAD questions over {len(paragraphs)} paragraphs, seed {args.seed}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
