"""Replaces pyinstaller-hooks-contrib's hook-lxml, which collects every lxml submodule.

python-docx and openpyxl use lxml.etree only; lxml.html, lxml.objectify and the rest are excluded in
installers/townshipdesk.spec (about 4 MB), and this hook keeps the build from warning about them.
"""

hiddenimports = ["lxml.etree", "lxml._elementpath"]
