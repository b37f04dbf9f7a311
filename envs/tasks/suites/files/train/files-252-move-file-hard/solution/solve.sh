#!/usr/bin/env bash
mkdir -p /workspace/drafts/lantern && mv /workspace/amber.txt /workspace/drafts/lantern/
