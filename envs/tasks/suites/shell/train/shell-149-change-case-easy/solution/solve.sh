#!/usr/bin/env bash
tr 'a-z' 'A-Z' < /workspace/app.log > /workspace/answer.txt
