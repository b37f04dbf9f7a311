#!/usr/bin/env bash
wc -w < /workspace/notes.txt > /workspace/answer.txt
