package org.jixiao.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** A4 portrait with 2 cm side margins and 2.5 cm top and bottom, as the forms are printed. */
final class PageSetup {
  private PageSetup() {}

  static void a4(XWPFDocument doc) {
    CTSectPr sect =
        doc.getDocument().getBody().isSetSectPr()
            ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setLeft(BigInteger.valueOf(1134));
    mar.setRight(BigInteger.valueOf(1134));
    mar.setTop(BigInteger.valueOf(1418));
    mar.setBottom(BigInteger.valueOf(1418));
  }
}
