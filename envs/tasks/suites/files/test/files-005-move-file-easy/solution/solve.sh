#!/usr/bin/env bash
mv /workspace/maple.txt /workspace/drafts/
