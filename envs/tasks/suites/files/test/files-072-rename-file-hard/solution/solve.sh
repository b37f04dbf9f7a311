#!/usr/bin/env bash
mv /workspace/drafts/apple/cedar.bak /workspace/drafts/apple/nectar.csv
