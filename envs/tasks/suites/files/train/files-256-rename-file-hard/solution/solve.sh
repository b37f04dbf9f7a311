#!/usr/bin/env bash
mv /workspace/assets/lemon/amber.log /workspace/assets/lemon/jasper.md
