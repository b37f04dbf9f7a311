#!/usr/bin/env bash
echo 1604879 > /workspace/answer.txt
