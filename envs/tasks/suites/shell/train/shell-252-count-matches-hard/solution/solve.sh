#!/usr/bin/env bash
grep INFO /workspace/app.log | grep -vc db > /workspace/answer.txt
