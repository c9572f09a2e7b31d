"""Floor of the PDF directory: reportlab platypus building the same paragraphs (an
entry per current member, grouped by sector: name, kind and size, address, web,
e-mail and phone, description, products and services, listed contacts, a rule) and
the same tables (contents, index of names) in DejaVu Sans registered once, from three
queries. No cover, no page footers and no page numbers filled in (one pass).

    python tests/bench/floor_pdf.py DATABASE FONTS_FOLDER OUT.pdf
"""

import sqlite3
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import phonenumbers
from floor_queries import LISTED, MEMBERS  # beside this script
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus.flowables import HRFlowable


def phone(value):
    if not value:
        return ""
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(value, "DE"), phonenumbers.PhoneNumberFormat.NATIONAL
        )
    except phonenumbers.NumberParseException:
        return value


def main(database: str, fonts: str, out: str) -> int:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(Path(fonts) / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(Path(fonts) / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9, leading=12)
    muted = ParagraphStyle("muted", parent=body, fontSize=8, leading=10, textColor="#555555")
    name = ParagraphStyle(
        "name", parent=body, fontName="DejaVuSans-Bold", fontSize=11, leading=14, keepWithNext=1
    )
    heading = ParagraphStyle(
        "heading", parent=body, fontName="DejaVuSans-Bold", fontSize=15, leading=19, keepWithNext=1
    )
    label = ParagraphStyle(
        "label",
        parent=body,
        fontName="DejaVuSans-Bold",
        fontSize=8,
        leading=10,
        spaceBefore=4,
        keepWithNext=1,
    )
    item = ParagraphStyle("item", parent=body, leftIndent=3 * mm)
    toc = ParagraphStyle("toc", parent=body, fontSize=10, leading=14)

    day = {"day": date.today().isoformat()}
    conn = sqlite3.connect(database)
    organisations = conn.execute(
        "SELECT o.id, o.name, o.kind, o.size_class, o.sector, o.street, o.postcode, o.city,"
        f" o.website, o.email, o.phone, o.description {MEMBERS}"
        " ORDER BY o.sector COLLATE NOCASE, o.name COLLATE NOCASE",
        day,
    ).fetchall()
    products = defaultdict(list)
    for owner, product, category in conn.execute(
        "SELECT organisation_id, name, category FROM products ORDER BY name COLLATE NOCASE"
    ):
        products[owner].append((product, category))
    contacts = defaultdict(list)
    for row in conn.execute(
        "SELECT c.organisation_id, c.title, c.first_name, c.last_name, c.position, c.email,"
        f" c.phone FROM contacts AS c WHERE {LISTED} ORDER BY c.last_name COLLATE NOCASE"
    ):
        contacts[row[0]].append(row[1:])

    sectors = sorted({row[4] or "" for row in organisations})
    story = [Paragraph("Contents", heading)]
    story.append(Table([[Paragraph(escape(s), toc), Paragraph("", toc)] for s in sectors]))
    story.append(PageBreak())
    sector = None
    for (
        number,
        title,
        kind,
        size,
        org_sector,
        street,
        postcode,
        city,
        website,
        email,
        org_phone,
        description,
    ) in organisations:
        if org_sector != sector:
            sector = org_sector
            story.append(Paragraph(escape(sector or ""), heading))
        story.append(Paragraph(f"<b>{escape(title)}</b>", name))
        story.append(Paragraph(" · ".join(escape(v) for v in (kind, size) if v), muted))
        reach = " · ".join(escape(v) for v in (website, email, phone(org_phone)) if v)
        town = " ".join(v for v in (postcode, city) if v)
        story.append(Paragraph("<br/>".join(escape(v) for v in (street, town, reach) if v), body))
        if description:
            story.append(Spacer(1, 1.5 * mm))
            story.append(Paragraph(escape(description).replace("\n", "<br/>"), body))
        if products[number]:
            story.append(Paragraph("Products and services", label))
            for product, category in products[number]:
                text = f"• {escape(product)}" + (f" – {escape(category)}" if category else "")
                story.append(Paragraph(text, item))
        if contacts[number]:
            story.append(Paragraph("Contacts", label))
            for title_, first, last, position, mail, tel in contacts[number]:
                text = f"<b>{escape(' '.join(v for v in (title_, first, last) if v))}</b>"
                if position:
                    text += f", {escape(position)}"
                reach = " · ".join(escape(v) for v in (mail, phone(tel)) if v)
                story.append(Paragraph(text + (f"<br/>{reach}" if reach else ""), item))
        story += [
            Spacer(1, 2 * mm),
            HRFlowable(width="100%", thickness=0.3, color=colors.HexColor("#BBBBBB")),
            Spacer(1, 3 * mm),
        ]
    story.append(PageBreak())
    story.append(Paragraph("Index", heading))
    names = sorted((row[1] for row in organisations), key=str.casefold)
    story.append(
        Table(
            [[Paragraph(escape(n), toc), Paragraph("", toc)] for n in names],
            colWidths=(150 * mm, 20 * mm),
        )
    )
    document = SimpleDocTemplate(out, pagesize=A4, initialFontName="DejaVuSans")
    document.build(story)
    print(len(organisations))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
