#!/usr/bin/env bash
cp /workspace/lemon.txt /workspace/drafts/maple.txt
