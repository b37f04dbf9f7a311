#!/usr/bin/env bash
cp /workspace/olive.txt /workspace/drafts/velvet.txt
