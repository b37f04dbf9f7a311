#!/usr/bin/env bash
echo -76 > /workspace/answer.txt
