#!/usr/bin/env bash
echo 20267 > /workspace/answer.txt
