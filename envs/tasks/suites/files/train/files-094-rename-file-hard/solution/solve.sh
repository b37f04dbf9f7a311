#!/usr/bin/env bash
mv /workspace/drafts/velvet/timber.log /workspace/drafts/velvet/garnet.md
